package respin.rewriters.members;

import java.util.List;
import respin.core.edit.TextEdit;
import respin.core.model.CParameter;

/** Edits of a parameter list: removing one parameter with its comma. */
final class ParameterLists {
    private ParameterLists() {
    }

    /**
     * Removes parameter {@code index}: with the comma and line break before it when it is
     * not the first, with the comma after it when it is; the only one becomes {@code void}.
     */
    static TextEdit remove(String path, List<CParameter> params, int index, String why) {
        if (params.size() == 1) {
            CParameter p = params.get(0);
            return new TextEdit(path, p.span().start(), p.span().end(), "void", why);
        }
        int from = index == 0 ? params.get(0).span().start() : params.get(index - 1).span().end();
        int to = index == 0 ? params.get(1).span().start() : params.get(index).span().end();
        return new TextEdit(path, from, to, "", why);
    }
}
