package dev.comptoir.shared.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.tomcat.TomcatContextCustomizer;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/**
 * What Tomcat refuses before any filter runs ({@code %00} or {@code ..%2f} in the path, bad UTF-8 in
 * it) used to get Tomcat's HTML page without security headers. This valve answers those with the same
 * problem+json and headers as every other error. It writes only when nothing was written yet.
 */
public class ProblemErrorReportValve extends ErrorReportValve {

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || response.isCommitted()) {
            return;
        }
        HttpStatus known = HttpStatus.resolve(status);
        String title = known != null ? known.getReasonPhrase() : "Error";
        String code = status == 400 ? "invalid_url" : status >= 500 ? "internal_error"
                : dev.comptoir.shared.error.Problems.defaultCode(status);
        String message = status == 400 ? "The request URL is not allowed"
                : status >= 500 ? "An unexpected error occurred; quote the request id when reporting it" : title;
        String requestId = response.getHeader("X-Request-Id") != null ? response.getHeader("X-Request-Id")
                : UUID.randomUUID().toString();
        String body = "{\"type\":\"about:blank\",\"title\":\"%s\",\"status\":%d,\"detail\":\"%s\",\"error\":\"%s\","
                + "\"message\":\"%s\",\"requestId\":\"%s\"}";
        try {
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding("UTF-8");
            response.setHeader("X-Request-Id", requestId);
            response.setHeader("Content-Security-Policy", SecurityConfig.CSP);
            response.setHeader("Strict-Transport-Security", "max-age=31536000 ; includeSubDomains ; preload");
            response.setHeader("X-Content-Type-Options", "nosniff");
            response.setHeader("X-Frame-Options", "DENY");
            response.setHeader("Referrer-Policy", "no-referrer");
            response.setHeader("X-XSS-Protection", "0");
            response.setHeader("Cross-Origin-Opener-Policy", "same-origin");
            response.setHeader("Cross-Origin-Resource-Policy", "same-origin");
            response.setHeader("Cache-Control", "no-store");
            byte[] bytes = body.formatted(title, status, message, code, message, requestId)
                    .getBytes(StandardCharsets.UTF_8);
            response.setContentLength(bytes.length);
            response.getOutputStream().write(bytes);
            response.finishResponse();
        } catch (IOException | IllegalStateException e) {
            // the client went away: nothing more to say
        }
    }

    /** Installs the valve as the host's error report valve (Tomcat creates it by class name). */
    @Configuration(proxyBeanMethods = false)
    static class Installer {

        @Bean
        WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemErrorReportValve() {
            return factory -> factory.addContextCustomizers((TomcatContextCustomizer) context -> {
                if (context.getParent() instanceof org.apache.catalina.core.StandardHost host) {
                    host.setErrorReportValveClass(ProblemErrorReportValve.class.getName());
                }
            });
        }
    }
}
