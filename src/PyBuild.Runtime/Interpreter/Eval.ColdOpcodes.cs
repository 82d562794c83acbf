using PyBuild.Compiler.Bytecode;
using PyBuild.Runtime.Exceptions;
using PyBuild.Runtime.Objects;

namespace PyBuild.Runtime.Interpreter;

/// <summary>
/// The opcodes that are rare in hot loops (module and class bodies, building functions and
/// collections, pattern matching, with, imports), out of <see cref="RunFrames"/>: the smaller
/// loop costs less to JIT, at each tier and on-stack replacement, and leaves registers to the hot opcodes.
/// </summary>
internal static partial class Eval
{
    private static void ExecuteCold(ref Instruction ins, Frame f, PyCode code, Span<PyObject?> s, ref int sp, RuntimeState ts)
    {
        switch (ins.Op)
        {
            case OpCode.DELETE_FAST:
                if (s[ins.Arg] is null)
                    throw Ops.Error(ExceptionTypes.UnboundLocalError, $"cannot access local variable '{code.LocalNames[ins.Arg].Value}' where it is not associated with a value");
                s[ins.Arg] = null;
                break;

            case OpCode.END_SEND:
                s[sp - 2] = s[sp - 1];
                sp--;
                break;

            case OpCode.UNARY_INVERT:
                s[sp - 1] = Ops.UnaryOp(s[sp - 1]!, UnaryOpKind.Invert);
                break;

            case OpCode.STORE_GLOBAL:
                f.Globals.SetItem(code.Names[ins.Arg], s[--sp]!);
                break;

            case OpCode.DELETE_GLOBAL:
                if (!f.Globals.Remove(code.Names[ins.Arg], out _))
                    throw Ops.NameNotDefined(code.Names[ins.Arg].Value);
                break;

            case OpCode.LOAD_NAME:
                s[sp++] = LoadName(f, code.Names[ins.Arg]);
                break;

            case OpCode.STORE_NAME:
                LocalsOf(f).SetItem(code.Names[ins.Arg], s[--sp]!);
                break;

            case OpCode.DELETE_NAME:
                if (!LocalsOf(f).Remove(code.Names[ins.Arg], out _))
                    throw Ops.NameNotDefined(code.Names[ins.Arg].Value);
                break;

            case OpCode.LOAD_LOCALS:
                s[sp++] = LocalsOf(f);
                break;

            case OpCode.LOAD_FROM_DICT_OR_GLOBALS:
            {
                var mapping = s[sp - 1]!;
                var name = code.Names[ins.Arg];
                var v = mapping is PyDict md ? md.GetItemOrNull(name) : null;
                s[sp - 1] = v ?? f.Globals.GetItemOrNull(name) ?? f.Builtins.GetItemOrNull(name)
                    ?? throw Ops.NameNotDefined(name.Value);
                break;
            }

            case OpCode.LOAD_FROM_DICT_OR_DEREF:
            {
                var mapping = s[sp - 1]!;
                var name = code.LocalNames[ins.Arg];
                var v = mapping is PyDict md ? md.GetItemOrNull(name) : null;
                s[sp - 1] = v ?? ((PyCell)s[ins.Arg]!).Contents ?? throw UnboundFree(code, ins.Arg);
                break;
            }

            case OpCode.MAKE_CELL:
                s[ins.Arg] = new PyCell(s[ins.Arg]);
                break;

            case OpCode.COPY_FREE_VARS:
            {
                var closure = f.Function!.Closure!;
                int offset = code.LocalsPlusCount - ins.Arg;
                for (int i = 0; i < ins.Arg; i++) s[offset + i] = closure[i];
                break;
            }

            case OpCode.DELETE_DEREF:
            {
                var cell = (PyCell)s[ins.Arg]!;
                if (cell.Contents is null) throw UnboundFree(code, ins.Arg);
                cell.Contents = null;
                break;
            }

            case OpCode.DELETE_ATTR:
                Ops.SetAttr(s[--sp]!, code.Names[ins.Arg].Value, null);
                break;

            case OpCode.LOAD_SUPER_ATTR:
            {
                var self = s[--sp]!;
                var cls = s[--sp]!;
                var superFn = s[sp - 1]!;
                var name = code.Names[ins.Arg >> 2];
                bool method = (ins.Arg & 1) != 0;
                if (superFn == f.Builtins.GetItemOrNull("super") && cls is PyType startType)
                {
                    var (attr, unbound) = SuperLookup(startType, self, name.Value, method);
                    if (method && unbound)
                    {
                        s[sp - 1] = attr;
                        s[sp++] = self;
                    }
                    else if (method)
                    {
                        s[sp - 1] = null;
                        s[sp++] = attr;
                    }
                    else
                    {
                        s[sp - 1] = attr;
                    }
                }
                else
                {
                    ts.CurrentFrame = f;
                    var sup = (ins.Arg & 2) != 0 ? Ops.Call(superFn, cls, self) : Ops.Call(superFn);
                    var attr = Ops.GetAttr(sup, name.Value);
                    if (method)
                    {
                        s[sp - 1] = null;
                        s[sp++] = attr;
                    }
                    else
                    {
                        s[sp - 1] = attr;
                    }
                }
                break;
            }

            case OpCode.DELETE_SUBSCR:
            {
                var key = s[--sp]!;
                var container = s[--sp]!;
                Ops.DelItem(container, key);
                break;
            }

            case OpCode.BINARY_SLICE:
            {
                var stop = s[--sp]!;
                var start = s[--sp]!;
                s[sp - 1] = Ops.GetItem(s[sp - 1]!, new PySlice(start, stop, PyNone.Value));
                break;
            }

            case OpCode.STORE_SLICE:
            {
                var stop = s[--sp]!;
                var start = s[--sp]!;
                var container = s[--sp]!;
                var v = s[--sp]!;
                Ops.SetItem(container, new PySlice(start, stop, PyNone.Value), v);
                break;
            }

            case OpCode.BUILD_SLICE:
            {
                PyObject step = ins.Arg == 3 ? s[--sp]! : PyNone.Value;
                var stop = s[--sp]!;
                s[sp - 1] = new PySlice(s[sp - 1]!, stop, step);
                break;
            }

            case OpCode.BUILD_SET:
            {
                var set = new PySet(false);
                sp -= ins.Arg;
                for (int i = 0; i < ins.Arg; i++) set.Add(s[sp + i]!);
                s[sp++] = set;
                break;
            }

            case OpCode.BUILD_MAP:
            {
                var dict = new PyDict(ins.Arg);
                sp -= 2 * ins.Arg;
                for (int i = 0; i < ins.Arg; i++) dict.SetItem(s[sp + 2 * i]!, s[sp + 2 * i + 1]!);
                s[sp++] = dict;
                break;
            }

            case OpCode.BUILD_CONST_KEY_MAP:
            {
                var keys = (PyTuple)s[--sp]!;
                var dict = new PyDict(ins.Arg);
                sp -= ins.Arg;
                for (int i = 0; i < ins.Arg; i++) dict.SetItem(keys.Items[i], s[sp + i]!);
                s[sp++] = dict;
                break;
            }

            case OpCode.BUILD_STRING:
            {
                sp -= ins.Arg;
                var parts = new string[ins.Arg];
                for (int i = 0; i < ins.Arg; i++) parts[i] = ((PyStr)s[sp + i]!).Value;
                s[sp++] = new PyStr(string.Concat(parts));
                break;
            }

            case OpCode.LIST_EXTEND:
            {
                var v = s[--sp]!;
                var list = (PyList)s[sp - ins.Arg]!;
                if (v is PyList vl) list.Extend(vl.ToArray());
                else
                {
                    if (v.Type.IsHeapType is false && v is not (PyTuple or PyList or PyStr or PyDict or PySet or PyRange) && v.Length() < 0 && !HasIter(v))
                        throw Ops.TypeError($"Value after * must be an iterable, not {v.Type.Name}");
                    list.Extend(Ops.ToArray(v));
                }
                break;
            }

            case OpCode.SET_ADD:
            {
                var v = s[--sp]!;
                ((PySet)s[sp - ins.Arg]!).Add(v);
                break;
            }

            case OpCode.SET_UPDATE:
            {
                var v = s[--sp]!;
                ((PySet)s[sp - ins.Arg]!).Update(v);
                break;
            }

            case OpCode.MAP_ADD:
            {
                var v = s[--sp]!;
                var k = s[--sp]!;
                ((PyDict)s[sp - ins.Arg]!).SetItem(k, v);
                break;
            }

            case OpCode.DICT_UPDATE:
            {
                var v = s[--sp]!;
                if (v is not PyDict && Ops.GetAttrOrNull(v, "keys") is null)
                    throw Ops.TypeError($"'{v.Type.Name}' object is not a mapping");
                Builtins.DictMethods.UpdateFrom((PyDict)s[sp - ins.Arg]!, v);
                break;
            }

            case OpCode.DICT_MERGE:
            {
                var v = s[--sp]!;
                var target = (PyDict)s[sp - ins.Arg]!;
                var fnObj = s[sp - ins.Arg - 2];
                MergeKwargs(target, v, fnObj);
                break;
            }

            case OpCode.UNPACK_EX:
            {
                var seq = s[--sp]!;
                int before = ins.Arg & 0xFF, after = ins.Arg >> 8;
                if (seq is not (PyTuple or PyList) && !HasIter(seq))
                    throw Ops.TypeError($"cannot unpack non-iterable {seq.Type.Name} object");
                var items = Ops.ToArray(seq);
                if (items.Length < before + after)
                    throw Ops.ValueError($"not enough values to unpack (expected at least {before + after}, got {items.Length})");
                for (int i = items.Length - 1; i >= items.Length - after; i--) s[sp++] = items[i];
                s[sp++] = new PyList(items[before..(items.Length - after)]);
                for (int i = before - 1; i >= 0; i--) s[sp++] = items[i];
                break;
            }

            case OpCode.CALL_FUNCTION_EX:
            {
                var kwargs = (ins.Arg & 1) != 0 ? s[--sp] : null;
                var callargs = s[--sp]!;
                var func = s[--sp]!;
                sp--;
                ts.CurrentFrame = f;
                s[sp++] = CallEx(func, callargs, kwargs);
                break;
            }

            case OpCode.CALL_INTRINSIC_1:
                s[sp - 1] = Intrinsic1(ins.Arg, s[sp - 1]!, f);
                break;

            case OpCode.CALL_INTRINSIC_2:
            {
                var v2 = s[--sp]!;
                s[sp - 1] = Intrinsic2(ins.Arg, s[sp - 1]!, v2);
                break;
            }

            case OpCode.MAKE_FUNCTION:
            {
                var fcode = (PyCode)s[--sp]!;
                var fn = new PyFunction(fcode, f.Globals, f.Builtins);
                if ((ins.Arg & 8) != 0)
                {
                    var cells = ((PyTuple)s[--sp]!).Items;
                    var closure = new PyCell[cells.Length];
                    for (int i = 0; i < cells.Length; i++) closure[i] = (PyCell)cells[i];
                    fn.Closure = closure;
                }
                if ((ins.Arg & 4) != 0)
                {
                    var ann = s[--sp]!;
                    if (ann is PyTuple at)
                    {
                        var d = new PyDict();
                        for (int i = 0; i + 1 < at.Items.Length; i += 2) d.SetItem(at.Items[i], at.Items[i + 1]);
                        fn.Annotations = d;
                    }
                    else
                    {
                        fn.Annotations = ann;
                    }
                }
                if ((ins.Arg & 2) != 0) fn.KwDefaults = (PyDict)s[--sp]!;
                if ((ins.Arg & 1) != 0) fn.Defaults = ((PyTuple)s[--sp]!).Items;
                s[sp++] = fn;
                break;
            }

            case OpCode.GET_YIELD_FROM_ITER:
            {
                var v = s[sp - 1]!;
                if (v is PyGenerator { IsCoroutine: true })
                {
                    // A coroutine may be delegated to only from a coroutine.
                    if ((code.Flags & (CodeFlags.Coroutine | CodeFlags.IterableCoroutine)) == 0)
                        throw Ops.TypeError("cannot 'yield from' a coroutine object in a non-coroutine generator");
                }
                else if (v is not PyGenerator { IsIterable: true })
                {
                    s[sp - 1] = Ops.GetIter(v, $"'{v.Type.Name}' object is not iterable");
                }
                break;
            }

            case OpCode.SETUP_ANNOTATIONS:
            {
                var locals = LocalsOf(f);
                if (locals.GetItemOrNull("__annotations__") is null) locals.SetItem("__annotations__", new PyDict());
                break;
            }

            case OpCode.LOAD_BUILD_CLASS:
                s[sp++] = f.Builtins.GetItemOrNull("__build_class__") ?? throw Ops.Error(ExceptionTypes.NameError, "__build_class__ not found");
                break;

            case OpCode.LOAD_ASSERTION_ERROR:
                s[sp++] = ExceptionTypes.AssertionError;
                break;

            case OpCode.FORMAT_VALUE:
            {
                string? spec = (ins.Arg & 4) != 0 ? ((PyStr)s[--sp]!).Value : null;
                var v = s[sp - 1]!;
                v = (ins.Arg & 3) switch
                {
                    1 => v is PyStr ? v : new PyStr(Ops.Str(v)),
                    2 => new PyStr(Ops.Repr(v)),
                    3 => new PyStr(Builtins.BuiltinFunctions.Ascii(Ops.Repr(v))),
                    _ => v,
                };
                s[sp - 1] = spec is null && v is PyStr ? v : new PyStr(Ops.Format(v, spec ?? ""));
                break;
            }

            case OpCode.IMPORT_NAME:
            {
                var fromlist = s[--sp]!;
                var level = s[sp - 1]!;
                s[sp - 1] = Import.Importer.ImportName(code.Names[ins.Arg].Value, fromlist, (int)Ops.IndexValue(level), f.Globals);
                break;
            }

            case OpCode.IMPORT_FROM:
            {
                var module = s[sp - 1]!;
                s[sp++] = Import.Importer.ImportFrom(module, code.Names[ins.Arg].Value);
                break;
            }

            case OpCode.MATCH_MAPPING:
                s[sp] = PyBool.From(s[sp - 1] is PyDict);
                sp++;
                break;

            case OpCode.MATCH_SEQUENCE:
                s[sp] = PyBool.From(s[sp - 1] is PyList or PyTuple or PyRange);
                sp++;
                break;

            case OpCode.MATCH_KEYS:
                s[sp] = MatchKeys(s[sp - 2]!, (PyTuple)s[sp - 1]!);
                sp++;
                break;

            case OpCode.MATCH_CLASS:
            {
                var names = (PyTuple)s[--sp]!;
                var cls = s[--sp]!;
                s[sp - 1] = MatchClass(s[sp - 1]!, cls, ins.Arg, names);
                break;
            }

            case OpCode.GET_LEN:
                s[sp] = PyInt.From(Ops.Len(s[sp - 1]!));
                sp++;
                break;

            case OpCode.PUSH_EXC_INFO:
            {
                var exc = s[sp - 1]!;
                s[sp - 1] = ts.HandledException ?? PyNone.Value;
                s[sp++] = exc;
                ts.HandledException = exc;
                break;
            }

            case OpCode.POP_EXCEPT:
            {
                var prev = s[--sp]!;
                ts.HandledException = prev == PyNone.Value ? null : prev;
                break;
            }

            case OpCode.CHECK_EXC_MATCH:
            {
                var match = s[sp - 1]!;
                var exc = s[sp - 2]!;
                CheckCatchable(match);
                s[sp - 1] = PyBool.From(Builtins.BuiltinFunctions.IsInstance(exc, match));
                break;
            }

            case OpCode.CHECK_EG_MATCH:
            {
                CheckCatchable(s[sp - 1]!);
                var (match, rest) = ExceptionGroups.MatchClause(s[sp - 2]!, s[sp - 1]!);
                s[sp - 2] = rest ?? PyNone.Value;
                s[sp - 1] = match ?? PyNone.Value;
                if (match is not null) ts.HandledException = match;
                break;
            }

            case OpCode.GET_AWAITABLE:
                s[sp - 1] = GetAwaitable(s[sp - 1]!, ins.Arg);
                break;

            case OpCode.BEFORE_ASYNC_WITH:
            {
                var mgr = s[sp - 1]!;
                var enter = mgr.Type.Lookup("__aenter__");
                var exit = mgr.Type.Lookup("__aexit__");
                if (enter is null || exit is null)
                    throw Ops.TypeError($"'{mgr.Type.Name}' object does not support the asynchronous context manager protocol{(enter is null ? "" : " (missed __aexit__ method)")}");
                s[sp - 1] = Ops.BindDescriptor(exit, mgr, mgr.Type);
                s[sp++] = Ops.CallWithSelf(enter, mgr, [], null);
                break;
            }

            case OpCode.GET_AITER:
            {
                var iterable = s[sp - 1]!;
                var aiter = iterable.Type.Lookup("__aiter__")
                    ?? throw Ops.TypeError($"'async for' requires an object with __aiter__ method, got {iterable.Type.Name}");
                s[sp - 1] = Ops.CallWithSelf(aiter, iterable, [], null);
                break;
            }

            case OpCode.GET_ANEXT:
            {
                var aiter = s[sp - 1]!;
                var anext = aiter.Type.Lookup("__anext__")
                    ?? throw Ops.TypeError($"'async for' requires an iterator with __anext__ method, got {aiter.Type.Name}");
                s[sp++] = GetAwaitable(Ops.CallWithSelf(anext, aiter, [], null), 3);
                break;
            }

            case OpCode.END_ASYNC_FOR:
            {
                // The loop's exception handler: StopAsyncIteration ends the loop, anything else propagates.
                var exc = (PyBaseException)s[--sp]!;
                sp--;
                if (!exc.Type.IsSubtypeOf(ExceptionTypes.StopAsyncIteration)) throw new PyException(exc) { IsReraise = true };
                break;
            }

            case OpCode.BEFORE_WITH:
            {
                var mgr = s[sp - 1]!;
                var enter = mgr.Type.Lookup("__enter__");
                var exit = mgr.Type.Lookup("__exit__");
                if (enter is null || exit is null)
                    throw Ops.TypeError($"'{mgr.Type.Name}' object does not support the context manager protocol{(enter is null ? "" : " (missed __exit__ method)")}");
                s[sp - 1] = Ops.BindDescriptor(exit, mgr, mgr.Type);
                s[sp++] = Ops.CallWithSelf(enter, mgr, [], null);
                break;
            }

            case OpCode.WITH_EXCEPT_START:
            {
                var exitFn = s[sp - 4]!;
                var val = s[sp - 1]!;
                var tb = val is PyBaseException be && be.Traceback.Count > 0 ? new PyTracebackObject(be) : (PyObject)PyNone.Value;
                s[sp] = Ops.Call(exitFn, val.Type, val, tb);
                sp++;
                break;
            }

            default:
                throw Ops.NotSupported($"opcode {ins.Op}");
        }
    }
}
