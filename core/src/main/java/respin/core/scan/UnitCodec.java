package respin.core.scan;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.CRC32C;
import respin.core.model.CTranslationUnit;
import respin.core.model.LazySyntax;
import respin.core.model.source.LineMap;
import respin.core.model.source.Span;

/**
 * The declaration model of a {@link CTranslationUnit} (functions, records, variables, calls,
 * member accesses, directives, opaque regions, typedefs) as bytes and back, for {@link ModelStore}. The
 * model's records and enums are written component by component through reflection, so a
 * record's shape needs no hand-written code; {@link #SCHEMA} fingerprints those shapes, and
 * the store refuses bytes written under another. The text, the line map and the syntax tree
 * are not written: the text comes from the blob, the rest from the text.
 */
final class UnitCodec {
    private static final String MODEL = "respin.core.model.";
    private static final int NULL = 0, STRING = 1, INT = 2, TRUE = 3, FALSE = 4, LIST = 5, RECORD = 6, ENUM = 7,
            LONG = 8;
    private static final int MAX_DEPTH = 1000;
    private static final Map<Class<?>, Constructor<?>> CONSTRUCTORS = new ConcurrentHashMap<>();
    private static final Map<Class<?>, RecordComponent[]> COMPONENTS = new ConcurrentHashMap<>();

    /** A fingerprint of every model record's components and every model enum's constants. */
    static final long SCHEMA = schema();

    private UnitCodec() {
    }

    /** The model of {@code u} as bytes. */
    static byte[] encode(CTranslationUnit u) {
        Writer w = new Writer();
        List<?> lists = List.of(u.functions(), u.records(), u.variables(), u.calls(), u.accesses(), u.directives(),
                u.opaque(), u.typedefs());
        try {
            w.value(lists);
            ByteArrayOutputStream all = new ByteArrayOutputStream(w.bytes.size() + 1024);
            DataOutputStream out = new DataOutputStream(all);
            out.writeInt(w.strings.size());
            for (String s : w.strings.keySet()) {
                byte[] b = s.getBytes(StandardCharsets.UTF_8);
                out.writeInt(b.length);
                out.write(b);
            }
            out.writeInt(w.classes.size());
            for (Class<?> c : w.classes.keySet()) {
                byte[] b = c.getName().substring(MODEL.length()).getBytes(StandardCharsets.UTF_8);
                out.writeInt(b.length);
                out.write(b);
            }
            w.bytes.writeTo(out);
            return all.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The unit of {@code path} whose text is {@code text}, with the model in {@code bytes} and the
     * syntax tree of {@code syntax}; throws on bytes that are not such a model.
     */
    static CTranslationUnit decode(byte[] bytes, String path, String text, LazySyntax syntax) throws IOException {
        ByteBuffer in = ByteBuffer.wrap(bytes);
        List<?> lists;
        try {
            String[] strings = new String[count(in)];
            for (int i = 0; i < strings.length; i++) {
                strings[i] = string(in);
            }
            Class<?>[] classes = new Class<?>[count(in)];
            for (int i = 0; i < classes.length; i++) {
                classes[i] = modelClass(string(in));
            }
            lists = (List<?>) Reader.of(in, strings, classes).value();
        } catch (BufferUnderflowException e) {
            throw new IOException("cut short");
        }
        if (lists.size() != 8 || in.hasRemaining()) {
            throw new IOException("not a unit model");
        }
        return new CTranslationUnit(path, text, cast(lists.get(0)), cast(lists.get(1)), cast(lists.get(2)),
                cast(lists.get(3)), cast(lists.get(4)), cast(lists.get(5)), cast(lists.get(6)),
                cast(lists.get(7)), new LineMap(path, text), syntax);
    }

    @SuppressWarnings("unchecked")
    private static <T> List<T> cast(Object list) {
        return (List<T>) list;
    }

    private static int count(ByteBuffer in) throws IOException {
        int n = in.getInt();
        if (n < 0 || n > in.remaining()) {
            throw new IOException("count " + n + " out of range");
        }
        return n;
    }

    private static String string(ByteBuffer in) throws IOException {
        int n = count(in);
        String s = new String(in.array(), in.position(), n, StandardCharsets.UTF_8);
        in.position(in.position() + n);
        return s;
    }

    /** Only records and enums of the model package are ever made from cached bytes. */
    private static Class<?> modelClass(String simple) throws IOException {
        try {
            Class<?> c = Class.forName(MODEL + simple, false, UnitCodec.class.getClassLoader());
            if (!c.isRecord() && !c.isEnum()) {
                throw new IOException(simple + " is not a model record");
            }
            return c;
        } catch (ClassNotFoundException e) {
            throw new IOException("no model class " + simple);
        }
    }

    private static RecordComponent[] components(Class<?> c) {
        return COMPONENTS.computeIfAbsent(c, Class::getRecordComponents);
    }

    private static Constructor<?> constructor(Class<?> c) {
        return CONSTRUCTORS.computeIfAbsent(c, k -> {
            try {
                Class<?>[] types = Arrays.stream(components(k)).map(RecordComponent::getType).toArray(Class<?>[]::new);
                return k.getDeclaredConstructor(types);
            } catch (NoSuchMethodException e) {
                throw new IllegalStateException(k + " has no canonical constructor", e);
            }
        });
    }

    private static final class Writer {
        final ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 16);
        final DataOutputStream out = new DataOutputStream(bytes);
        final Map<String, Integer> strings = new java.util.LinkedHashMap<>();
        final Map<Class<?>, Integer> classes = new java.util.LinkedHashMap<>();
        int depth;

        void value(Object v) throws IOException {
            if (++depth > MAX_DEPTH) {
                throw new IllegalArgumentException("a model nested deeper than " + MAX_DEPTH + " (a cycle?)");
            }
            write(v);
            depth--;
        }

        private void write(Object v) throws IOException {
            if (v == null) {
                out.writeByte(NULL);
            } else if (v instanceof String s) {
                out.writeByte(STRING);
                out.writeInt(strings.computeIfAbsent(s, k -> strings.size()));
            } else if (v instanceof Integer i) {
                out.writeByte(INT);
                out.writeInt(i);
            } else if (v instanceof Long l) {
                out.writeByte(LONG);
                out.writeLong(l);
            } else if (v instanceof Boolean b) {
                out.writeByte(b ? TRUE : FALSE);
            } else if (v instanceof List<?> l) {
                out.writeByte(LIST);
                out.writeInt(l.size());
                for (Object o : l) {
                    value(o);
                }
            } else if (v instanceof Enum<?> e) {
                out.writeByte(ENUM);
                out.writeInt(classes.computeIfAbsent(e.getDeclaringClass(), k -> classes.size()));
                out.writeInt(e.ordinal());
            } else if (v instanceof Record r && r.getClass().getName().startsWith(MODEL)) {
                out.writeByte(RECORD);
                out.writeInt(classes.computeIfAbsent(r.getClass(), k -> classes.size()));
                for (RecordComponent c : components(r.getClass())) {
                    try {
                        value(c.getAccessor().invoke(r));
                    } catch (ReflectiveOperationException e) {
                        throw new IllegalStateException(c + " cannot be read", e);
                    }
                }
            } else {
                throw new IllegalArgumentException("a model holds a " + v.getClass().getName());
            }
        }
    }

    /**
     * Reads values; a record or enum names its class by index into {@code classes}, whose
     * constructors and constants are looked up once per unit ({@link #of}), not once per value.
     */
    private record Reader(ByteBuffer in, String[] strings, Class<?>[] classes, Constructor<?>[] makers,
            int[] arity, Object[][] constants) {

        static Reader of(ByteBuffer in, String[] strings, Class<?>[] classes) {
            Constructor<?>[] makers = new Constructor<?>[classes.length];
            int[] arity = new int[classes.length];
            Object[][] constants = new Object[classes.length][];
            for (int k = 0; k < classes.length; k++) {
                if (classes[k].isRecord()) {
                    makers[k] = constructor(classes[k]);
                    arity[k] = makers[k].getParameterCount();
                } else {
                    constants[k] = classes[k].getEnumConstants();
                }
            }
            return new Reader(in, strings, classes, makers, arity, constants);
        }

        Object value() throws IOException {
            int tag = in.get();
            switch (tag) {
                case NULL: return null;
                case STRING: return strings[index(strings.length)];
                case INT: return in.getInt();
                case LONG: return in.getLong();
                case TRUE: return Boolean.TRUE;
                case FALSE: return Boolean.FALSE;
                case LIST: return list();
                case ENUM: return constant(index(classes.length), in.getInt());
                case RECORD: return record(index(classes.length));
                default: throw new IOException("unknown tag " + tag);
            }
        }

        private List<Object> list() throws IOException {
            Object[] items = new Object[count(in)];
            boolean nulls = false;
            for (int i = 0; i < items.length; i++) {
                items[i] = value();
                nulls |= items[i] == null;
            }
            return nulls ? Collections.unmodifiableList(Arrays.asList(items)) : List.of(items);
        }

        private Object record(int k) throws IOException {
            if (classes[k] == Span.class) {
                return span();
            }
            if (makers[k] == null) {
                throw new IOException(classes[k].getSimpleName() + " is not a record");
            }
            Object[] args = new Object[arity[k]];
            for (int i = 0; i < args.length; i++) {
                args[i] = value();
            }
            try {
                return makers[k].newInstance(args);
            } catch (InvocationTargetException | InstantiationException | IllegalAccessException
                    | IllegalArgumentException e) {
                throw new IOException("cannot make " + classes[k].getSimpleName() + ": " + e, e);
            }
        }

        /**
         * A span, six in ten of a model's records: made directly, its numbers never boxed. The
         * writer wrote its components in their order, which is the canonical constructor's.
         */
        private Span span() throws IOException {
            if (!(value() instanceof String file)) {
                throw new IOException("a span's file is not a string");
            }
            return new Span(file, integer(), integer(), integer(), integer());
        }

        private int integer() throws IOException {
            int tag = in.get();
            if (tag != INT) {
                throw new IOException("tag " + tag + " where a number was written");
            }
            return in.getInt();
        }

        private Object constant(int k, int ordinal) throws IOException {
            Object[] all = constants[k];
            if (all == null || ordinal < 0 || ordinal >= all.length) {
                throw new IOException("no constant " + ordinal + " of " + classes[k].getSimpleName());
            }
            return all[ordinal];
        }

        private int index(int size) throws IOException {
            int i = in.getInt();
            if (i < 0 || i >= size) {
                throw new IOException("index " + i + " out of range");
            }
            return i;
        }
    }

    /** CRC-32C of the components of every record and the constants of every enum reachable from a unit. */
    private static long schema() {
        Set<Class<?>> seen = new LinkedHashSet<>();
        List<Type> todo = new ArrayList<>();
        for (RecordComponent c : CTranslationUnit.class.getRecordComponents()) {
            todo.add(c.getGenericType());
        }
        StringBuilder sb = new StringBuilder();
        while (!todo.isEmpty()) {
            Type t = todo.remove(todo.size() - 1);
            if (t instanceof ParameterizedType p) {
                todo.addAll(Arrays.asList(p.getActualTypeArguments()));
            } else if (t instanceof Class<?> c && c.getName().startsWith(MODEL) && seen.add(c)) {
                sb.append(c.getName()).append('{');
                if (c.isRecord()) {
                    for (RecordComponent rc : c.getRecordComponents()) {
                        sb.append(rc.getGenericType().getTypeName()).append(' ').append(rc.getName()).append(';');
                        todo.add(rc.getGenericType());
                    }
                } else if (c.isEnum()) {
                    Arrays.stream(c.getEnumConstants()).forEach(e -> sb.append(e).append(','));
                }
                if (c.isSealed()) {
                    todo.addAll(Arrays.asList(c.getPermittedSubclasses()));
                }
                sb.append('}');
            }
        }
        CRC32C crc = new CRC32C();
        crc.update(sb.toString().getBytes(StandardCharsets.UTF_8));
        return crc.getValue();
    }
}
