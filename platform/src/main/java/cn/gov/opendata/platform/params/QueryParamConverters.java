package cn.gov.opendata.platform.params;

import cn.gov.opendata.platform.problem.ApiException;
import cn.gov.opendata.platform.problem.Problem;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.lang.annotation.Annotation;
import java.lang.reflect.Type;

/**
 * Query parameters typed in a resource method as an enum or an integer are parsed here, the way {@link QueryParams}
 * parses the ones typed as strings: a value that does not convert is a 400 naming the parameter and what it accepts
 * ({@code kind: must be one of [GOVERNMENT, …]}). Left to JAX-RS, it would be a 404 "Not Found: /api/v1/agencies",
 * blaming the path for a bad filter. Path parameters keep JAX-RS's 404: a path that does not convert names nothing.
 */
@Provider
public class QueryParamConverters implements ParamConverterProvider {

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        String name = queryParam(annotations);
        if (name == null) {
            return null;
        }
        if (rawType.isEnum()) {
            return (ParamConverter<T>) new Converter<>(value -> QueryParams.enumValue(name, value, (Class) rawType));
        }
        if (rawType == Integer.class || rawType == int.class) {
            Integer absent = rawType == int.class ? Integer.valueOf(0) : null;
            return (ParamConverter<T>) new Converter<>(value -> value == null || value.isBlank() ? absent : integer(name, value));
        }
        if (rawType == Long.class || rawType == long.class) {
            Long absent = rawType == long.class ? Long.valueOf(0) : null;
            return (ParamConverter<T>) new Converter<>(value -> value == null || value.isBlank() ? absent : longValue(name, value));
        }
        return null;
    }

    /** The problem the converter refused with, as problem+json (more specific than the WebApplicationException mapper). */
    @ServerExceptionMapper
    public Response refused(BadParameter e) {
        return Response.status(e.problem().status()).type(Problem.MEDIA_TYPE).entity(e.problem()).build();
    }

    private static Integer integer(String name, String value) {
        try {
            return Integer.valueOf(value.trim());
        } catch (NumberFormatException e) {
            throw new BadParameter(ApiException.badRequest(name, "must be an integer"));
        }
    }

    private static Long longValue(String name, String value) {
        try {
            return Long.valueOf(value.trim());
        } catch (NumberFormatException e) {
            throw new BadParameter(ApiException.badRequest(name, "must be an integer"));
        }
    }

    private static String queryParam(Annotation[] annotations) {
        if (annotations == null) {
            return null;
        }
        for (Annotation annotation : annotations) {
            if (annotation instanceof QueryParam query) {
                return query.value();
            }
        }
        return null;
    }

    /** A refused parameter, carried through JAX-RS's parameter handling (which turns other exceptions into a 404). */
    public static final class BadParameter extends WebApplicationException {

        private final transient Problem problem;

        BadParameter(ApiException refusal) {
            super(refusal.getMessage(), Response.Status.BAD_REQUEST);
            this.problem = refusal.problem();
        }

        public Problem problem() {
            return problem;
        }
    }

    private record Converter<T>(java.util.function.Function<String, T> parse) implements ParamConverter<T> {

        @Override
        public T fromString(String value) {
            try {
                return parse.apply(value);
            } catch (ApiException e) {
                throw new BadParameter(e);
            }
        }

        @Override
        public String toString(T value) {
            return value == null ? null : value.toString();
        }
    }
}
