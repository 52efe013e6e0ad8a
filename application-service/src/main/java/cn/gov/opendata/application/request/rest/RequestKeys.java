package cn.gov.opendata.application.request.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** The request keys a caller asks about; one call holds at most {@link #MAX} of them (a caller sends more in chunks). */
@Schema(description = "待核对的申请自然键 The request keys to look up (at most 1000 per call)")
public record RequestKeys(@NotNull @Size(max = RequestKeys.MAX) List<@NotNull @Valid RequestKey> requests) {

    public static final int MAX = 1000;
}
