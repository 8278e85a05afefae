package respin.core.parse;

import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.tree.ErrorNode;
import org.antlr.v4.runtime.tree.ParseTree;
import respin.core.model.CBlock;
import respin.core.model.CCall;
import respin.core.model.CDeclarator;
import respin.core.model.CField;
import respin.core.model.CFunction;
import respin.core.model.CMemberAccess;
import respin.core.model.CRecord;
import respin.core.model.CStatement;
import respin.core.model.CTypedef;
import respin.core.model.CVariable;
import respin.core.model.source.LineMap;
import respin.core.model.source.Span;
import respin.core.parse.lex.CLexer;
import respin.core.parse.lex.CParser;
import respin.core.parse.lex.GroupedTokens;
import respin.core.parse.lex.Toks;
import respin.core.parse.tree.LocalDeclarations;

/** Walks the parse tree of one file and builds the model's nodes from its token ranges. */
final class ModelBuilder {
    private final Toks t;
    private final LineMap lines;
    private final Declarators decls;
    private final Expressions exprs;
    private final HeadReader heads;
    final List<CFunction> functions;
    final List<CRecord> records = new ArrayList<>();
    final List<CVariable> variables = new ArrayList<>();
    final List<CTypedef> typedefs = new ArrayList<>();
    final List<CCall> calls;
    final List<CMemberAccess> accesses;
    final OpaqueRegions opaque;

    /** True when the parse recovered from errors, which may then lie anywhere in the tree. */
    private final boolean afterError;

    ModelBuilder(Toks t, LineMap lines, DocComments docs, boolean afterError) {
        this.t = t;
        this.afterError = afterError;
        // sized for a file of code by its tokens (about one call in 30 of them, one access in 50,
        // one function in 150), so that the lists seldom grow
        this.functions = new ArrayList<>(t.size() / 128);
        this.calls = new ArrayList<>(t.size() / 32);
        this.accesses = new ArrayList<>(t.size() / 48);
        this.opaque = new OpaqueRegions(t, lines);
        this.lines = lines;
        this.decls = new Declarators(t, lines);
        this.exprs = new Expressions(t, lines, calls, accesses);
        this.heads = new HeadReader(t, lines, decls, docs);
    }

    void translationUnit(CParser.TranslationUnitContext ctx) {
        for (ParseTree child : children(ctx)) {
            if (child instanceof CParser.ExternalItemContext item) {
                externalItem(item);
            } else if (child instanceof ErrorNode err) {
                opaque(err.getSymbol().getStartIndex(), err.getSymbol().getStopIndex() + 1, "unexpected token");
            }
        }
    }

    private void externalItem(CParser.ExternalItemContext item) {
        if (item.exception != null) {
            opaqueRange(item, "not understood");
            return; // its error nodes lie inside the region
        }
        if (item.functionDefinition() != null) {
            functionDefinition(item.functionDefinition());
        } else if (item.declaration() != null) {
            declaration(item.declaration());
        } else if (item.getStart().getType() == CLexer.MACRO_LINE) {
            int from = first(item);
            exprs.call(from, from, from + 1);
            exprs.scan(from + 2, last(item) + 1);
        } else if (item.getStart().getType() == CLexer.INIT_ITEM) {
            exprs.scan(first(item) + 1, last(item));
        } else if (item.stray() != null) {
            opaqueRange(item, "unbalanced bracket");
        }
        for (ParseTree c : children(item)) {
            if (c instanceof ErrorNode err) {
                opaque(err.getSymbol().getStartIndex(), err.getSymbol().getStopIndex() + 1, "unexpected token");
            }
        }
    }

    private void functionDefinition(CParser.FunctionDefinitionContext ctx) {
        int from = first(ctx);
        var body = ctx.compoundStatement();
        int bodyFrom = first(body);
        int bodyTo = last(body);
        CBlock block = new CBlock(span(bodyFrom, bodyTo), statements(body));
        if (afterError) {
            errors(body);
        }
        CFunction f = heads.function(from, bodyFrom, bodyTo, block);
        if (f != null) {
            functions.add(f);
        } else {
            opaque(t.start[from], t.end[bodyTo], "function head not understood");
        }
        exprs.scan(bodyFrom, bodyTo + 1);
    }

    private void declaration(CParser.DeclarationContext ctx) {
        int from = first(ctx);
        int to = last(ctx) + 1;
        if (to <= from) {
            return;
        }
        CRecord defined = null;
        for (var tagged : ctx.taggedType()) {
            if (tagged.recordBody() != null) {
                defined = record(tagged, tagged.recordBody());
            }
        }
        if (ctx.recordSpec() != null) {
            record(ctx.recordSpec());
            return;
        }
        int end = t.is(to - 1, CLexer.SEMI) ? to - 1 : to;
        if (t.is(from, CLexer.TYPEDEF)) {
            typedefs(from, end, to, defined);
        }
        if (t.is(from, CLexer.TYPEDEF) || defined != null) {
            return;
        }
        // IDENT ( ... ) ; alone: a macro invocation such as EXPORT_SYMBOL_GPL(f);
        if (t.is(from, CLexer.IDENT) && t.is(from + 1, CLexer.LPAREN) && t.match[from + 1] == end - 1) {
            exprs.call(from, from, from + 1);
            exprs.scan(from + 2, end - 1);
            return;
        }
        CFunction proto = heads.prototype(from, end, to);
        if (proto != null) {
            functions.add(proto);
            return;
        }
        Span span = span(from, to - 1); // one span for all the variables the declaration declares
        for (CDeclarator d : decls.list(from, end)) {
            variables.add(new CVariable(d, span));
        }
        exprs.scan(from, end);
    }

    /**
     * The names the {@code typedef} at token {@code from} declares before {@code end}, each
     * spanning the declaration up to {@code to}; a struct it defines there is their base.
     */
    private void typedefs(int from, int end, int to, CRecord defined) {
        // a struct defined here is the base of every name: the declarators' own bases are not needed
        List<CDeclarator> declared = defined != null ? decls.listWithoutBases(from + 1, end) : decls.list(from + 1, end);
        if (declared.isEmpty() && defined == null) {
            CDeclarator fn = decls.functionType(from + 1, end);
            declared = fn == null ? declared : List.of(fn);
        }
        for (CDeclarator d : declared) {
            if (defined != null) {
                String tag = defined.kind() + " " + (defined.name() == null ? "{...}" : defined.name());
                d = d.withBase(tag, null);
            }
            typedefs.add(new CTypedef(d, defined, span(from, to - 1)));
        }
    }

    private CRecord record(CParser.RecordSpecContext ctx) {
        return record(ctx, ctx.recordBody());
    }

    /** A struct, union or enum {@code ctx}: its tag keyword, the words after it, then {@code body}. */
    private CRecord record(ParserRuleContext ctx, CParser.RecordBodyContext body) {
        int from = first(ctx);
        int bodyFrom = first(body);
        String name = bodyFrom - 1 > from && t.is(bodyFrom - 1, CLexer.IDENT) ? t.text(bodyFrom - 1) : null;
        List<CField> fields = new ArrayList<>();
        for (var member : body.memberDeclaration()) {
            int mFrom = first(member);
            int mTo = last(member) + 1;
            boolean nested = false;
            if (member.recordSpec() != null) {
                fields.addAll(record(member.recordSpec()).fields());
                continue;
            }
            for (var tagged : member.taggedType()) {
                if (tagged.recordBody() != null) {
                    List<CField> inner = record(tagged, tagged.recordBody()).fields();
                    int afterBody = last(tagged) + 1;
                    int end = t.is(mTo - 1, CLexer.SEMI) ? mTo - 1 : mTo;
                    if (afterBody >= end) {
                        fields.addAll(inner); // anonymous struct or union: its members are ours
                    } else {
                        for (CDeclarator d : decls.list(afterBody, end)) {
                            String kind = tagged.getStart().getText();
                            int tag = first(tagged);
                            String inName = tag + 1 < first(tagged.recordBody()) && t.is(tag + 1, CLexer.IDENT)
                                    ? t.text(tag + 1) : "{...}";
                            fields.add(new CField(d.withBase(kind + " " + inName, null),
                                    span(mFrom, mTo - 1)));
                        }
                    }
                    nested = true;
                }
            }
            if (nested || member.strayInRecord() != null) {
                continue;
            }
            int end = t.is(mTo - 1, CLexer.SEMI) ? mTo - 1 : mTo;
            Span span = span(mFrom, mTo - 1); // one span for all the fields the member declares
            for (CDeclarator d : decls.list(mFrom, end)) {
                fields.add(new CField(d, span));
            }
            exprs.scan(mFrom, end);
        }
        if (afterError) {
            errors(body);
        }
        CRecord r = new CRecord(ctx.getStart().getText(), name, span(from, last(ctx)),
                span(bodyFrom, last(body)), List.copyOf(fields));
        records.add(r);
        return r;
    }

    /** The statements of a block, the last one without ';' included. */
    private List<CStatement> statements(CParser.CompoundStatementContext block) {
        List<ParseTree> children = children(block);
        List<CStatement> out = new ArrayList<>(children.size()); // the items, with room for the braces: no growth
        CParser.LastStatementContext tail = null;
        for (int i = 0, n = children.size(); i < n; i++) { // no iterator per block
            ParseTree c = children.get(i);
            if (c instanceof CParser.BlockItemContext item) {
                out.add(statement(item));
            } else if (c instanceof CParser.LastStatementContext l) {
                tail = l;
            }
        }
        if (tail != null) {
            int from = first(tail);
            out.add(node(CStatement.Kind.EXPRESSION, span(from, Math.max(from, last(tail))), List.of()));
        }
        return immutable(out);
    }

    /**
     * Marks as opaque what error recovery skipped or could not match inside {@code ctx}
     * (only after a file needed it: the fast parse never recovers).
     */
    private void errors(ParserRuleContext ctx) {
        if (ctx.exception != null) {
            opaqueRange(ctx, "not understood");
            return;
        }
        for (ParseTree c : children(ctx)) {
            if (c instanceof ErrorNode err) {
                opaque(err.getSymbol().getStartIndex(), err.getSymbol().getStopIndex() + 1, "unexpected token");
            } else if (c instanceof ParserRuleContext r) {
                errors(r);
            }
        }
    }

    /** The statements of the block items among {@code ctx}'s children: an if's branches. */
    private List<CStatement> itemStatements(ParserRuleContext ctx) {
        List<ParseTree> children = children(ctx);
        List<CStatement> out = new ArrayList<>(2);
        for (int i = 0, n = children.size(); i < n; i++) {
            if (children.get(i) instanceof CParser.BlockItemContext item) {
                out.add(statement(item));
            }
        }
        return immutable(out);
    }

    /** {@code List.copyOf(list)}, without the array copies for the one or two statements most blocks hold. */
    private static List<CStatement> immutable(List<CStatement> list) {
        return switch (list.size()) {
            case 0 -> List.of();
            case 1 -> List.of(list.get(0));
            case 2 -> List.of(list.get(0), list.get(1));
            default -> List.copyOf(list);
        };
    }

    private CStatement statement(CParser.BlockItemContext item) {
        return statement(alternative(item), first(item), last(item));
    }

    /** The statement that {@code alt}, one of a block item's rules, makes of tokens {@code [from, to]}. */
    private CStatement statement(ParserRuleContext alt, int from, int to) {
        Span span = span(from, Math.max(from, to));
        if (alt instanceof CParser.SimpleStatementContext) { // most statements: asked first
            if (to > from && LocalDeclarations.looksLikeDeclaration(t, from, to)) {
                List<CDeclarator> ds = decls.list(from, to);
                if (!ds.isEmpty()) {
                    return new CStatement(CStatement.Kind.DECLARATION, span, ds, List.of());
                }
            }
            return node(CStatement.Kind.EXPRESSION, span, List.of());
        }
        if (alt instanceof CParser.CompoundStatementContext c) {
            return node(CStatement.Kind.COMPOUND, span, statements(c));
        }
        if (alt instanceof CParser.IfStatementContext c) {
            return node(CStatement.Kind.IF, span, itemStatements(c));
        }
        if (alt instanceof CParser.LoopStatementContext c) {
            return node(CStatement.Kind.LOOP, span, List.of(statement(c.blockItem())));
        }
        if (alt instanceof CParser.DoStatementContext c) {
            return node(CStatement.Kind.LOOP, span, List.of(statement(c.blockItem())));
        }
        if (alt instanceof CParser.SwitchStatementContext c) {
            return node(CStatement.Kind.SWITCH, span, List.of(statement(c.blockItem())));
        }
        if (alt instanceof CParser.MacroBlockContext mb) {
            ParserRuleContext body = mb.macroBody() == null ? null : alternative(mb.macroBody());
            List<CStatement> inner = body instanceof CParser.CompoundStatementContext c ? statements(c)
                    : body == null ? List.of() : List.of(statement(body, first(body), last(body)));
            return node(CStatement.Kind.MACRO_BLOCK, span, inner);
        }
        if (alt instanceof CParser.JumpStatementContext) {
            return node(CStatement.Kind.JUMP, span, List.of());
        }
        if (alt instanceof CParser.LabeledStatementContext) {
            return node(CStatement.Kind.LABEL, span, List.of());
        }
        if (alt instanceof CParser.StrayInBlockContext) {
            opaque(t.start[from], t.end[to], "unbalanced bracket in a block");
            return node(CStatement.Kind.OPAQUE, span, List.of());
        }
        return node(CStatement.Kind.EXPRESSION, span, List.of());
    }

    /** The one rule a block item (or a macro's body) is made of (null when recovery left it empty). */
    private static ParserRuleContext alternative(ParserRuleContext item) {
        List<ParseTree> children = children(item);
        for (int i = 0, n = children.size(); i < n; i++) { // no iterator per statement
            if (children.get(i) instanceof ParserRuleContext r) {
                return r;
            }
        }
        return null;
    }

    private static CStatement node(CStatement.Kind kind, Span span, List<CStatement> children) {
        return new CStatement(kind, span, List.of(), children);
    }

    private void opaqueRange(ParserRuleContext ctx, String reason) {
        int from = first(ctx);
        int to = last(ctx);
        if (from < t.size() && to >= from) {
            opaque(t.start[from], t.end[to], reason);
        }
    }

    private void opaque(int start, int end, String reason) {
        opaque.add(start, end, reason);
    }

    private int first(ParserRuleContext ctx) {
        return ctx.getStart() instanceof GroupedTokens.Grouped g ? g.first : t.size();
    }

    private int last(ParserRuleContext ctx) {
        if (ctx.getStop() == null || ctx.getStop().getTokenIndex() < ctx.getStart().getTokenIndex()) {
            return first(ctx) - 1;
        }
        return ctx.getStop() instanceof GroupedTokens.Grouped g ? g.last : t.size() - 1;
    }

    private Span span(int fromTok, int lastTok) {
        return lines.span(t.start[fromTok], t.end[lastTok]);
    }

    private static List<ParseTree> children(ParserRuleContext ctx) {
        return ctx.children == null ? List.of() : ctx.children;
    }
}
