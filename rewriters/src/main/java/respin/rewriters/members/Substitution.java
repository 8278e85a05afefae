package respin.rewriters.members;

import java.util.List;
import respin.core.model.CParameter;

/**
 * A recipe's expression written with a member's parameter names, put in terms of one
 * function's: {@code i2c_client_get_device_id(client)} in a function whose first
 * parameter is {@code i2c} reads {@code i2c_client_get_device_id(i2c)}.
 */
final class Substitution {
    private Substitution() {
    }

    static String of(String template, List<CParameter> memberParams, List<CParameter> functionParams) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < template.length()) {
            char c = template.charAt(i);
            if (!Character.isJavaIdentifierStart(c) || c == '$') {
                out.append(c);
                i++;
                continue;
            }
            int j = i;
            while (j < template.length() && Character.isJavaIdentifierPart(template.charAt(j))) {
                j++;
            }
            String word = template.substring(i, j);
            out.append(rename(word, memberParams, functionParams));
            i = j;
        }
        return out.toString();
    }

    private static String rename(String word, List<CParameter> memberParams, List<CParameter> functionParams) {
        for (int k = 0; k < memberParams.size() && k < functionParams.size(); k++) {
            String own = functionParams.get(k).name();
            if (word.equals(memberParams.get(k).name()) && own != null) {
                return own;
            }
        }
        return word;
    }
}
