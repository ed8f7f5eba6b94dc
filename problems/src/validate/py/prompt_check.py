

def _effgauge_prompt_check(prompt_src, entry):
    # Appended by effgauge to the reference: checks prompt.py, then runs the
    # docstring's examples (parsed by doctest itself, so escapes in the
    # docstring mean what they mean to doctest) with the reference. Returns
    # (findings, [(line, source, expected, error, got, want), ...]).
    import ast
    import doctest
    import inspect
    import marshal

    found = []
    try:
        tree = ast.parse(prompt_src, "prompt.py")
        compile(tree, "prompt.py", "exec")
    except SyntaxError as e:
        return (["prompt.py:%s: %s" % (e.lineno, e.msg)], [])
    last = tree.body[-1] if tree.body else None
    if not isinstance(last, ast.FunctionDef) or last.name != entry:
        found.append("the last statement must be `def %s(...)`" % entry)
    else:
        body = last.body
        doc = (
            len(body) == 1
            and isinstance(body[0], ast.Expr)
            and isinstance(body[0].value, ast.Constant)
            and isinstance(body[0].value.value, str)
        )
        if not doc:
            found.append("the body of `%s` must be its docstring and nothing else" % entry)
        rest = prompt_src.splitlines()[last.end_lineno:]
        if any(line.strip() for line in rest):
            found.append("something follows the docstring (line %d)" % (last.end_lineno + 1))
        a = last.args
        names = [x.arg for x in a.posonlyargs + a.args]
        names += ["*" + a.vararg.arg] if a.vararg else []
        names += [x.arg for x in a.kwonlyargs]
        names += ["**" + a.kwarg.arg] if a.kwarg else []
        try:
            ref = []
            for p in inspect.signature(globals()[entry]).parameters.values():
                star = {p.VAR_POSITIONAL: "*", p.VAR_KEYWORD: "**"}.get(p.kind, "")
                ref.append(star + p.name)
        except Exception as e:
            ref = names
            found.append("cannot read the reference's signature: %s" % e)
        if ref != names:
            found.append(
                "the prompt's parameters (%s) differ from the reference's (%s)"
                % (", ".join(names), ", ".join(ref))
            )
    defs = [n for n in tree.body if isinstance(n, ast.FunctionDef) and n.name == entry]
    examples = []
    if defs and ast.get_docstring(defs[-1], clean=False) is not None:
        start = defs[-1].body[0].lineno
        try:
            parsed = doctest.DocTestParser().get_examples(
                ast.get_docstring(defs[-1], clean=False)
            )
        except ValueError as e:
            found.append("the docstring's examples do not parse: %s" % e)
            parsed = []
        for ex in parsed:
            examples.append((start + ex.lineno, ex.source.strip(), ex.want.strip()))
    results = []
    ns = dict(globals())
    for line, source, expected in examples:
        try:
            code = compile(source, "<example>", "eval")
        except SyntaxError:
            # A statement (e.g. an assignment): run it, it prints nothing.
            try:
                exec(compile(source, "<example>", "exec"), ns)
            except Exception as e:
                results.append((line, source, expected, "raised %s: %s" % (type(e).__name__, e), None, None))
                continue
            error = None if not expected else "a statement has no value to compare"
            results.append((line, source, expected, error, None, None))
            continue
        try:
            got = eval(code, ns)
        except Exception as e:
            results.append((line, source, expected, "raised %s: %s" % (type(e).__name__, e), None, None))
            continue
        try:
            want = eval(expected or "None", ns)
        except Exception as e:
            results.append((line, source, expected, "the expected value does not evaluate: %s" % e, None, None))
            continue
        try:
            marshal.dumps((got, want))
        except ValueError:
            results.append((line, source, expected, "%r or %r is not a plain value" % (got, want), None, None))
            continue
        results.append((line, source, expected, None, got, want))
    return (found, results)
