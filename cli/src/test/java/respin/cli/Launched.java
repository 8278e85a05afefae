package respin.cli;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** respin run as a separate Java process (the real {@link Main#main}, exit and signals included). */
final class Launched {
    private Launched() {
    }

    static ProcessBuilder builder(Map<String, String> env, String... args) {
        return builder(List.of(), env, args);
    }

    static ProcessBuilder builder(List<String> jvm, Map<String, String> env, String... args) {
        List<String> cmd = new ArrayList<>(List.of(System.getProperty("java.home") + "/bin/java",
                "-XX:TieredStopAtLevel=1", "-Xshare:auto"));
        cmd.addAll(jvm);
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), Main.class.getName()));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.environment().putAll(env);
        return pb;
    }

    /** Runs to the end; out and err as text. */
    static Cli run(Map<String, String> env, String... args) throws IOException, InterruptedException {
        return run(List.of(), env, args);
    }

    static Cli run(List<String> jvm, Map<String, String> env, String... args) throws IOException, InterruptedException {
        ProcessBuilder pb = builder(jvm, env, args);
        File err = File.createTempFile("respin-err", ".txt");
        pb.redirectError(err);
        Process p = pb.start();
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int exit = p.waitFor();
        String e = java.nio.file.Files.readString(err.toPath());
        err.delete();
        return new Cli(exit, out, e);
    }
}
