package dev.duet.render;

import dev.duet.io.RecordReaders;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapper;
import freemarker.template.ObjectWrapper;
import freemarker.template.TemplateHashModel;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;

/**
 * Freemarker's default wrapper, with records (the page views Duet hands to templates) read straight through their
 * component accessors: {@code article.title} calls {@code title()}. Freemarker's bean wrapper does the same through
 * its introspection cache, a new bean model per value and an access check per call, which made up a third of the
 * template time of a large build. An {@link java.util.Optional} is its value, or missing when empty, so that
 * {@code page.translation??} tests it. A {@link Deferred} value is made when read, and is that value. Anything else
 * is wrapped as before.
 */
final class ViewWrapper extends DefaultObjectWrapper {

    /** Each record class's accessors by component name, looked up once per class. */
    private final RecordReaders records = new RecordReaders();

    ViewWrapper() {
        super(Configuration.VERSION_2_3_35);
    }

    @Override
    public TemplateModel wrap(Object object) throws TemplateModelException {
        if (object instanceof java.util.Optional<?> optional) {
            return optional.isPresent() ? wrap(optional.get()) : null;
        }
        if (object instanceof Deferred<?> deferred) {
            return wrap(deferred.get());
        }
        if (object instanceof Record record) {
            return new RecordModel(record, records.of(record.getClass()), this);
        }
        return super.wrap(object);
    }

    /**
     * A record as a hash of its components; other keys are missing, as an absent property is for a bean. Each
     * component is wrapped once, when first read: a template reads {@code site} or {@code t} many times a page, and
     * the record is immutable. A model lives in one template run, on one thread.
     */
    private static final class RecordModel implements TemplateHashModel {
        /** A component not read yet (a component read as missing is {@code null}). */
        private static final TemplateModel UNREAD = new freemarker.template.SimpleScalar("");

        private final Record record;
        private final RecordReaders.Reader reader;
        private final ObjectWrapper wrapper;
        private final TemplateModel[] read;

        RecordModel(Record record, RecordReaders.Reader reader, ObjectWrapper wrapper) {
            this.record = record;
            this.reader = reader;
            this.wrapper = wrapper;
            this.read = new TemplateModel[reader.accessors().size()];
            java.util.Arrays.fill(read, UNREAD);
        }

        @Override
        public TemplateModel get(String key) throws TemplateModelException {
            Integer index = reader.indexes().get(key);
            if (index == null) {
                return null;
            }
            TemplateModel model = read[index];
            if (model == UNREAD) {
                model = wrapper.wrap(reader.accessors().get(index).apply(record));
                read[index] = model;
            }
            return model;
        }

        @Override
        public boolean isEmpty() {
            return false;
        }
    }
}
