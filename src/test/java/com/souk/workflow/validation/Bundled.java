package com.souk.workflow.validation;

import static org.assertj.core.api.Assertions.assertThat;

import com.souk.ordering.PurchaseContract;
import com.souk.ordering.PurchaseProcess;
import com.souk.workflow.ModelFile;
import com.souk.workflow.ModelProblem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/** The real bundled models of bpmn/ and forms/, and a validator with Souk's own job types and purchase contract. */
final class Bundled {

    static final ModelValidator VALIDATOR = new ModelValidator(jobTypes(), headers(), List.of(new PurchaseContract()));

    private static final List<ModelFile> FILES = load();

    private Bundled() {
    }

    static List<ModelFile> files() {
        return FILES;
    }

    static String text(String name) {
        return FILES.stream().filter(f -> f.name().equals(name)).findFirst().orElseThrow().text();
    }

    /** The bundled file with exactly one piece of text changed; fails when the text is not there once. */
    static String with(String name, String from, String to) {
        String original = text(name);
        int at = original.indexOf(from);
        assertThat(at).as("'%s' in %s", from, name).isNotNegative();
        assertThat(original.indexOf(from, at + 1)).as("'%s' only once in %s", from, name).isNegative();
        return original.substring(0, at) + to + original.substring(at + from.length());
    }

    /** Validates the file as an upload over everything bundled. */
    static List<ModelProblem> upload(String name, String text) {
        return VALIDATOR.validate(ModelFile.of(name, text), FILES);
    }

    /** What each job type reads from its task's headers, as {@link PurchaseProcess} declares it for the handlers. */
    static Map<String, HeaderRules> headers() {
        Map<String, HeaderRules> headers = new TreeMap<>();
        jobTypes().keySet().forEach(type -> headers.put(type, new HeaderRules(PurchaseProcess.headerValues(type),
                PurchaseProcess.requiredHeaders(type))));
        return headers;
    }

    /** The job types of {@link PurchaseProcess}'s JOB_ constants; today's handlers set no variables. */
    static Map<String, Set<String>> jobTypes() {
        Map<String, Set<String>> types = new TreeMap<>();
        for (Field field : PurchaseProcess.class.getFields()) {
            if (field.getName().startsWith("JOB_") && Modifier.isStatic(field.getModifiers())) {
                try {
                    types.put((String) field.get(null), Set.of());
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return types;
    }

    private static List<ModelFile> load() {
        List<ModelFile> files = new ArrayList<>();
        for (String folder : List.of("bpmn", "forms")) {
            try (Stream<Path> paths = Files.list(Path.of(folder))) {
                for (Path path : paths.sorted().toList()) {
                    files.add(new ModelFile(path.getFileName().toString(), Files.readAllBytes(path)));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return List.copyOf(files);
    }
}
