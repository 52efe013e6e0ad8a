package cn.gov.opendata.application.letter.rest;

import cn.gov.opendata.application.letter.DeliveryMethod;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/** The letter was served (送达) on {@code on} by {@code method}. */
public record DeliveryBody(@NotNull DeliveryMethod method, @NotNull LocalDate on, @NotBlank @Size(max = 200) String actor) {
}
