package respin.core.series.commit;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheException;
import com.github.mustachejava.MustacheResolver;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Mustache templates by name ({@code "commit-message"} is {@code commit-message.mustache}):
 * from a user directory when it holds the file, otherwise the built-in copy on the class path
 * under {@code respin/templates/}. Values are written as they are, without HTML escaping.
 */
public final class Templates {
    static final String CLASSPATH_ROOT = "respin/templates/";

    private final Path userDir;
    private final DefaultMustacheFactory factory;

    private Templates(Path userDir) {
        this.userDir = userDir;
        this.factory = new RawMustacheFactory(this::open);
    }

    /** The templates shipped with respin. */
    public static Templates builtin() {
        return new Templates(null);
    }

    /** Templates from {@code dir} first, the built-in ones for any name it lacks; {@code null} means built-in. */
    public static Templates from(Path dir) {
        if (dir != null && !Files.isDirectory(dir)) {
            throw new TemplateException("template directory " + dir + " does not exist");
        }
        return new Templates(dir);
    }

    /**
     * Renders template {@code name} against {@code scope} (a map or a bean).
     *
     * @throws TemplateException if the template is missing, does not compile or fails to render
     */
    public String render(String name, Object scope) {
        String file = name + ".mustache";
        try {
            Mustache m = factory.compile(file);
            StringWriter out = new StringWriter();
            m.execute(out, scope).flush();
            return out.toString();
        } catch (MustacheException | IOException | UncheckedIOException e) {
            String where = userDir != null && Files.isRegularFile(userDir.resolve(file))
                    ? userDir.resolve(file).toString() : "built-in " + file;
            if (e instanceof MustacheException && e.getCause() instanceof TemplateException te) {
                throw te;
            }
            throw new TemplateException(where + ": " + e.getMessage(), e);
        }
    }

    private Reader open(String file) {
        if (userDir != null) {
            Path p = userDir.resolve(file);
            if (Files.isRegularFile(p)) {
                try {
                    return Files.newBufferedReader(p, StandardCharsets.UTF_8);
                } catch (IOException e) {
                    throw new TemplateException("cannot read " + p + ": " + e.getMessage(), e);
                }
            }
        }
        InputStream in = Templates.class.getClassLoader().getResourceAsStream(CLASSPATH_ROOT + file);
        if (in == null) {
            throw new TemplateException("no template " + file
                    + (userDir != null ? " in " + userDir + " nor" : "") + " among the built-in templates");
        }
        return new InputStreamReader(in, StandardCharsets.UTF_8);
    }

    /** A factory that reads through {@link #open} and writes values unescaped. */
    private static final class RawMustacheFactory extends DefaultMustacheFactory {
        RawMustacheFactory(MustacheResolver resolver) {
            super(resolver);
        }

        @Override
        public void encode(String value, Writer writer) {
            try {
                writer.write(value);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
