using PyBuild.Runtime.Objects;

namespace PyBuild.Runtime.Exceptions;

/// <summary>
/// <c>BaseExceptionGroup</c> and <c>ExceptionGroup</c> (PEP 654): construction, <c>split</c>,
/// <c>subgroup</c>, <c>derive</c>, and the two helpers behind <c>except*</c>: the match of one clause
/// (<c>CHECK_EG_MATCH</c>) and the exception left to raise after all clauses ran (<c>PREP_RERAISE_STAR</c>).
/// </summary>
internal static class ExceptionGroups
{
    /// <summary>Adds the group methods to <c>BaseExceptionGroup</c>.</summary>
    public static void AddMethods(PyType t)
    {
        t.AddMethod("derive", (a, k) => Create(ExceptionTypes.BaseExceptionGroup, [Message(a[0]), a[1]]));
        t.AddMethod("split", (a, k) =>
        {
            var (match, rest) = Split((PyBaseException)a[0], MakeMatcher(a[1]), true);
            return new PyTuple([match ?? (PyObject)PyNone.Value, rest ?? (PyObject)PyNone.Value]);
        });
        t.AddMethod("subgroup", (a, k) => Split((PyBaseException)a[0], MakeMatcher(a[1]), false).Match ?? (PyObject)PyNone.Value);
    }

    /// <summary><c>BaseExceptionGroup.__new__(cls, message, exceptions)</c>, checking its arguments as CPython does.</summary>
    public static PyBaseException Create(PyType type, ReadOnlySpan<PyObject> args)
    {
        if (args.Length != 2)
            throw Ops.TypeError($"BaseExceptionGroup.__new__() takes exactly 2 arguments ({args.Length} given)");
        if (args[0] is not PyStr)
            throw Ops.TypeError($"BaseExceptionGroup.__new__() argument 1 must be str, not {args[0].Type.Name}");
        // A set or dict has no order, so CPython refuses it as "not a sequence".
        if (args[1] is not (PyList or PyTuple))
            throw Ops.TypeError("second argument (exceptions) must be a sequence");
        var items = Ops.ToArray(args[1]);
        if (items.Length == 0) throw Ops.ValueError("second argument (exceptions) must be a non-empty sequence");
        bool nestsBase = false;
        for (int i = 0; i < items.Length; i++)
        {
            if (items[i] is not PyBaseException e) throw Ops.ValueError($"Item {i} of second argument (exceptions) is not an exception");
            if (!e.Class.IsSubtypeOf(ExceptionTypes.Exception)) nestsBase = true;
        }
        if (type == ExceptionTypes.BaseExceptionGroup)
        {
            if (!nestsBase) type = ExceptionTypes.ExceptionGroup;
        }
        else if (nestsBase && type.IsSubtypeOf(ExceptionTypes.Exception))
        {
            throw Ops.TypeError(type == ExceptionTypes.ExceptionGroup
                ? "Cannot nest BaseExceptions in an ExceptionGroup"
                : $"Cannot nest BaseExceptions in '{type.Name}'");
        }
        return new PyBaseException(type, new PyTuple([args[0], args[1]])) { GroupExceptions = new PyTuple(items) };
    }

    private static PyObject Message(PyObject group) => ((PyBaseException)group).Args.Items[0];

    private static Func<PyBaseException, bool> MakeMatcher(PyObject condition)
    {
        if (condition is PyType t && t.IsSubtypeOf(ExceptionTypes.BaseException))
            return e => e.Class.IsSubtypeOf(t);
        if (condition is PyTuple tuple && Array.TrueForAll(tuple.Items, x => x is PyType xt && xt.IsSubtypeOf(ExceptionTypes.BaseException)))
            return e => Builtins.BuiltinFunctions.IsInstance(e, tuple);
        if (condition is not PyType && Builtins.BuiltinFunctions.IsCallable(condition))
            return e => Ops.IsTrue(Ops.Call(condition, e));
        throw Ops.TypeError("expected a function, exception type or tuple of exception types");
    }

    /// <summary>
    /// Splits a group by a condition: the part that matches and (when asked) the rest, each rebuilt
    /// with <c>derive</c> and given the original's traceback, cause, context and notes; null for an empty part.
    /// </summary>
    private static (PyBaseException? Match, PyBaseException? Remainder) Split(PyBaseException group, Func<PyBaseException, bool> matches, bool wantRest)
    {
        if (matches(group)) return (group, null);
        var matched = new List<PyObject>();
        var rest = new List<PyObject>();
        foreach (var item in group.GroupExceptions!.Items)
        {
            var e = (PyBaseException)item;
            if (e.GroupExceptions is not null)
            {
                var (m, r) = Split(e, matches, wantRest);
                if (m is not null) matched.Add(m);
                if (r is not null) rest.Add(r);
            }
            else if (matches(e))
            {
                matched.Add(e);
            }
            else
            {
                rest.Add(e);
            }
        }
        return (DeriveAndCopy(group, matched), wantRest ? DeriveAndCopy(group, rest) : null);
    }

    private static PyBaseException? DeriveAndCopy(PyBaseException group, List<PyObject> items)
    {
        if (items.Count == 0) return null;
        if (Ops.CallMethod(group, "derive", new PyList([.. items])) is not PyBaseException derived || derived.GroupExceptions is null)
            throw Ops.TypeError("derive must return an instance of BaseExceptionGroup");
        derived.Traceback.AddRange(group.Traceback);
        derived.Cause = group.Cause;
        derived.Context = group.Context;
        derived.SuppressContext = group.SuppressContext;
        derived.Notes = group.Notes;
        // What PREP_RERAISE_STAR compares to tell a re-raised part of the group from a new exception.
        derived.MetadataOrigin = group.MetadataOrigin ?? group;
        return derived;
    }

    /// <summary>
    /// <c>CHECK_EG_MATCH</c>: what one <c>except* T</c> clause catches of <paramref name="exc"/> (null for
    /// nothing) and what remains for the next clauses. A bare exception that matches is wrapped in a group.
    /// </summary>
    public static (PyObject? Match, PyObject? Remainder) MatchClause(PyObject exc, PyObject matchType)
    {
        CheckExceptStarType(matchType);
        // An earlier clause caught everything: nothing is left to match.
        if (exc == PyNone.Value) return (null, null);
        var e = (PyBaseException)exc;
        if (Builtins.BuiltinFunctions.IsInstance(exc, matchType))
        {
            if (e.GroupExceptions is not null) return (e, null);
            var wrapped = Create(ExceptionTypes.BaseExceptionGroup, [PyStr.Empty, new PyTuple([exc])]);
            wrapped.Traceback.AddRange(e.Traceback);
            return (wrapped, null);
        }
        if (e.GroupExceptions is not null) return Split(e, MakeMatcher(matchType), true);
        return (null, exc);
    }

    private static void CheckExceptStarType(PyObject matchType)
    {
        foreach (var t in matchType is PyTuple tuple ? tuple.Items : [matchType])
        {
            if (t is PyType pt && pt.IsSubtypeOf(ExceptionTypes.BaseExceptionGroup))
                throw Ops.TypeError("catching ExceptionGroup with except* is not allowed. Use except instead.");
        }
    }

    /// <summary>
    /// <c>PREP_RERAISE_STAR</c>: after the <c>except*</c> clauses, the exception to raise from what they
    /// raised or re-raised (<paramref name="raisedList"/>), or None. Re-raised parts keep their place in
    /// the original group's shape; newly raised exceptions join them in a new group.
    /// </summary>
    public static PyObject PrepareReraise(PyObject original, PyObject raisedList)
    {
        var excs = ((PyList)raisedList).ToArray();
        if (excs.Length == 0) return PyNone.Value;
        var orig = (PyBaseException)original;
        if (orig.GroupExceptions is null)
        {
            // A bare exception was caught and wrapped: only one clause can have run.
            return excs[0];
        }
        var raised = new List<PyObject>();
        var reraisedLeaves = new HashSet<PyBaseException>(ReferenceEqualityComparer.Instance);
        foreach (var item in excs)
        {
            if (item is not PyBaseException e) continue;
            if (IsPartOf(e, orig)) CollectLeaves(e, reraisedLeaves);
            else raised.Add(e);
        }
        PyObject? reraised = reraisedLeaves.Count == 0 ? null : Split(orig, reraisedLeaves.Contains, false).Match;
        if (raised.Count == 0) return reraised ?? PyNone.Value;
        if (reraised is not null) raised.Add(reraised);
        if (raised.Count == 1) return raised[0];
        return Create(ExceptionTypes.BaseExceptionGroup, [PyStr.Empty, new PyList([.. raised])]);
    }

    // CPython compares traceback, notes, cause and context by identity; a re-raise keeps them all,
    // while `raise e` adds a traceback entry.
    private static bool IsPartOf(PyBaseException e, PyBaseException orig) =>
        (e.MetadataOrigin ?? e) == (orig.MetadataOrigin ?? orig) && e.Traceback.Count == orig.Traceback.Count
        && e.Notes == orig.Notes && e.Cause == orig.Cause && e.Context == orig.Context;

    private static void CollectLeaves(PyBaseException e, HashSet<PyBaseException> leaves)
    {
        if (e.GroupExceptions is null)
        {
            leaves.Add(e);
            return;
        }
        foreach (var x in e.GroupExceptions.Items) CollectLeaves((PyBaseException)x, leaves);
    }
}
