package dev.comptoir.shared.web;

import dev.comptoir.shared.error.BadRequestException;
import dev.comptoir.shared.error.Problems;
import dev.comptoir.shared.error.Problems.FieldProblem;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a query string that is not valid UTF-8 or holds a NUL character, before anything parses it:
 * Tomcat would drop such a parameter silently (and the controller then fail), PostgreSQL cannot store
 * NUL. 400 {@code invalid_encoding} or {@code invalid_data} naming the parameter. It runs inside the
 * security chain, so the answer carries the security headers.
 */
public class QueryStringGuard extends OncePerRequestFilter {

    private final ProblemWriter problems;

    public QueryStringGuard(ProblemWriter problems) {
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        BadRequestException refused = check(request.getQueryString());
        if (refused != null) {
            problems.write(response, refused);
            return;
        }
        chain.doFilter(request, response);
    }

    /**
     * Whether this filter lets {@code query} through: filters that run before the security chain (the
     * catalog's response cache) must not read the parameters of a query it will refuse.
     */
    public static boolean acceptable(@Nullable String query) {
        return check(query) == null;
    }

    /** The problem a query string is refused with, or null when it is valid UTF-8 without NUL. */
    private static @Nullable BadRequestException check(@Nullable String query) {
        if (query == null) {
            return null;
        }
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            String name = eq < 0 ? pair : pair.substring(0, eq);
            String safeName = name.matches("[A-Za-z0-9_.\\[\\]-]{1,50}") ? name : "query";
            try {
                String decodedName = decode(name);
                String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
                if (decodedName.indexOf('\0') >= 0 || value.indexOf('\0') >= 0) {
                    return new BadRequestException("invalid_data", "Invalid parameter " + safeName + ": "
                            + Problems.NUL_TEXT, Map.of("errors", FieldProblem.single(safeName, Problems.NUL_TEXT)));
                }
            } catch (CharacterCodingException | IllegalArgumentException e) {
                return new BadRequestException("invalid_encoding", "The query string is not valid percent-encoded UTF-8",
                        Map.of("errors", FieldProblem.single(safeName, "is not valid UTF-8")));
            }
        }
        return null;
    }

    /** Percent-decoding ({@code +} is a space) into UTF-8, refusing malformed escapes and bytes. */
    static String decode(String raw) throws CharacterCodingException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%') {
                if (i + 2 >= raw.length()) {
                    throw new IllegalArgumentException("truncated escape");
                }
                int hi = Character.digit(raw.charAt(i + 1), 16);
                int lo = Character.digit(raw.charAt(i + 2), 16);
                if (hi < 0 || lo < 0) {
                    throw new IllegalArgumentException("bad escape");
                }
                bytes.write(hi * 16 + lo);
                i += 2;
            } else if (c == '+') {
                bytes.write(' ');
            } else {
                byte[] encoded = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                bytes.write(encoded, 0, encoded.length);
            }
        }
        return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes.toByteArray())).toString();
    }
}
