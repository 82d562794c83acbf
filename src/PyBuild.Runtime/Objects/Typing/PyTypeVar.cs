using PyBuild.Runtime.Exceptions;

namespace PyBuild.Runtime.Objects.Typing;

/// <summary>
/// <c>typing.TypeVar</c>: a type parameter (<c>def f[T]</c>, <c>class C[T: int]</c>,
/// <c>TypeVar("T")</c>). Its bound and constraints may be deferred until first read.
/// </summary>
internal sealed class PyTypeVar : PyObject
{
    public static readonly PyType TypeObject = CreateType();

    private readonly LazyTypingValue? bound;
    private readonly LazyTypingValue? constraints;

    public PyTypeVar(string name, LazyTypingValue? bound, LazyTypingValue? constraints, bool covariant, bool contravariant, bool inferVariance)
    {
        Name = name;
        this.bound = bound;
        this.constraints = constraints;
        Covariant = covariant;
        Contravariant = contravariant;
        InferVariance = inferVariance;
    }

    public override PyType Type => TypeObject;

    public string Name { get; }

    public bool Covariant { get; }

    public bool Contravariant { get; }

    /// <summary>True for PEP 695 parameters, whose variance a type checker infers.</summary>
    public bool InferVariance { get; }

    public override string Repr() => InferVariance ? Name : (Covariant ? "+" : Contravariant ? "-" : "~") + Name;

    public override PyObject? BinaryOp(BinaryOpKind op, PyObject other, bool reflected) => PyUnionType.Operator(this, op, other, reflected);

    public override PyObject? GetSpecialAttr(string name) => name switch
    {
        "__name__" => new PyStr(Name),
        "__bound__" => bound?.Get() ?? PyNone.Value,
        "__constraints__" => constraints?.Get() ?? PyTuple.Empty,
        "__covariant__" => PyBool.From(Covariant),
        "__contravariant__" => PyBool.From(Contravariant),
        "__infer_variance__" => PyBool.From(InferVariance),
        "__module__" => new PyStr("typing"),
        _ => null,
    };

    /// <summary><c>TypeVar(name, *constraints, bound=None, covariant=False, contravariant=False, infer_variance=False)</c>.</summary>
    private static PyObject Construct(PyType type, ReadOnlySpan<PyObject> a, PyTuple? k)
    {
        int nkw = k?.Items.Length ?? 0;
        int npos = a.Length - nkw;
        if (npos < 1 || a[0] is not PyStr name) throw Ops.TypeError("TypeVar() argument 'name' must be str");
        PyObject? boundArg = null;
        bool co = false, contra = false, infer = false;
        for (int i = 0; i < nkw; i++)
        {
            var v = a[npos + i];
            switch (((PyStr)k!.Items[i]).Value)
            {
                case "bound": boundArg = v == PyNone.Value ? null : v; break;
                case "covariant": co = Ops.IsTrue(v); break;
                case "contravariant": contra = Ops.IsTrue(v); break;
                case "infer_variance": infer = Ops.IsTrue(v); break;
                default: throw Ops.TypeError($"TypeVar() got an unexpected keyword argument '{((PyStr)k.Items[i]).Value}'");
            }
        }
        if (co && contra) throw Ops.ValueError("Bivariant types are not supported.");
        if (infer && (co || contra)) throw Ops.ValueError("Variance cannot be specified with infer_variance.");
        if (npos == 2) throw Ops.TypeError("A single constraint is not allowed");
        if (npos > 2 && boundArg is not null) throw Ops.TypeError("Constraints cannot be combined with bound=...");
        var constraintsValue = npos > 2 ? LazyTypingValue.Of(new PyTuple(a[1..npos].ToArray())) : null;
        return new PyTypeVar(name.Value, boundArg is null ? null : LazyTypingValue.Of(boundArg), constraintsValue, co, contra, infer);
    }

    private static PyType CreateType()
    {
        var t = new PyType("TypeVar", PyType.ObjectType, Construct);
        t.AddMethod("__mro_entries__", (a, k) => throw Ops.TypeError("Cannot subclass an instance of TypeVar"));
        return t;
    }
}
