using System.Text.Json;

namespace AdobeTarget.Decisioning.Conditions;

/// <summary>
/// Compiles a JsonLogic condition (json-logic-js 2.0 semantics, JavaScript comparisons) into a delegate once, at
/// artifact load. Supported operators: <c>var</c>, <c>and</c>, <c>or</c>, <c>!</c>, <c>!!</c>, <c>==</c>, <c>!=</c>,
/// <c>===</c>, <c>!==</c>, <c>&lt;</c>, <c>&lt;=</c> (both with the three-argument "between" form), <c>&gt;</c>,
/// <c>&gt;=</c>, <c>in</c>. Anything else throws <see cref="UnsupportedConditionException"/>.
/// </summary>
internal static class ConditionCompiler
{
    /// <summary>Compiles a condition into a predicate with JavaScript truthiness (as <c>if (result)</c>).</summary>
    /// <exception cref="UnsupportedConditionException">The condition uses an operator the engine does not know.</exception>
    public static Func<RuleContext, bool> CompilePredicate(JsonElement condition)
    {
        if (condition.ValueKind == JsonValueKind.True)
        {
            return static _ => true;
        }

        var expression = Compile(condition);
        return context => JavaScript.IsTruthy(expression(context));
    }

    /// <summary>Compiles any JsonLogic value into an expression.</summary>
    /// <exception cref="UnsupportedConditionException">The logic uses an operator the engine does not know.</exception>
    public static Expression Compile(JsonElement logic)
    {
        switch (logic.ValueKind)
        {
            case JsonValueKind.Array:
                var elements = logic.EnumerateArray().Select(Compile).ToArray();
                return context =>
                {
                    var values = new JsValue[elements.Length];
                    for (int i = 0; i < elements.Length; i++)
                    {
                        values[i] = elements[i](context);
                    }

                    return JsValue.FromArray(values);
                };
            case JsonValueKind.Object:
                JsonProperty operation = default;
                int count = 0;
                foreach (var property in logic.EnumerateObject())
                {
                    operation = property;
                    if (++count > 1)
                    {
                        break;
                    }
                }

                if (count == 1)
                {
                    return CompileOperation(operation.Name, operation.Value);
                }

                goto default;
            default:
                var constant = JsonToJs.Convert(logic);
                return _ => constant;
        }
    }

    private static Expression CompileOperation(string name, JsonElement argumentsElement)
    {
        var arguments = argumentsElement.ValueKind == JsonValueKind.Array
            ? argumentsElement.EnumerateArray().ToArray()
            : [argumentsElement];

        if (name == "var")
        {
            return VariableCompiler.Compile(arguments);
        }

        var compiled = arguments.Select(Compile).ToArray();
        return name switch
        {
            "and" => And(compiled),
            "or" => Or(compiled),
            "!" => Unary(compiled, static v => JsValue.FromBoolean(!JavaScript.IsTruthyForLogic(v))),
            "!!" => Unary(compiled, static v => JsValue.FromBoolean(JavaScript.IsTruthyForLogic(v))),
            "==" => Binary(compiled, JavaScript.LooseEquals),
            "!=" => Binary(compiled, static (a, b) => !JavaScript.LooseEquals(a, b)),
            "===" => Binary(compiled, JavaScript.StrictEquals),
            "!==" => Binary(compiled, static (a, b) => !JavaScript.StrictEquals(a, b)),
            "<" => compiled.Length >= 3 ? Between(compiled, JavaScript.LessThan) : Binary(compiled, JavaScript.LessThan),
            "<=" => compiled.Length >= 3 ? Between(compiled, JavaScript.LessThanOrEqual) : Binary(compiled, JavaScript.LessThanOrEqual),
            ">" => Binary(compiled, static (a, b) => JavaScript.LessThan(b, a)),
            ">=" => Binary(compiled, static (a, b) => JavaScript.LessThanOrEqual(b, a)),
            "in" => Binary(compiled, In),
            _ => throw new UnsupportedConditionException($"Unsupported operator '{Truncate(name)}'."),
        };
    }

    private static Expression And(Expression[] operands) => context =>
    {
        var current = JsValue.Undefined;
        foreach (var operand in operands)
        {
            current = operand(context);
            if (!JavaScript.IsTruthyForLogic(current))
            {
                return current;
            }
        }

        return current;
    };

    private static Expression Or(Expression[] operands) => context =>
    {
        var current = JsValue.Undefined;
        foreach (var operand in operands)
        {
            current = operand(context);
            if (JavaScript.IsTruthyForLogic(current))
            {
                return current;
            }
        }

        return current;
    };

    private static Expression Unary(Expression[] operands, Func<JsValue, JsValue> operation)
    {
        var first = Argument(operands, 0);
        return context => operation(first(context));
    }

    private static Expression Binary(Expression[] operands, Func<JsValue, JsValue, bool> comparison)
    {
        var left = Argument(operands, 0);
        var right = Argument(operands, 1);
        return context => JsValue.FromBoolean(comparison(left(context), right(context)));
    }

    // json-logic-js: a < b < c (each pair compared as JavaScript does)
    private static Expression Between(Expression[] operands, Func<JsValue, JsValue, bool> comparison)
    {
        var low = operands[0];
        var middle = operands[1];
        var high = operands[2];
        return context =>
        {
            var m = middle(context);
            return JsValue.FromBoolean(comparison(low(context), m) && comparison(m, high(context)));
        };
    }

    // json-logic-js: false unless b is truthy and has indexOf (a string: substring; an array: strict membership)
    private static bool In(JsValue needle, JsValue haystack)
    {
        if (!JavaScript.IsTruthy(haystack))
        {
            return false;
        }

        if (haystack.Kind == JsValueKind.String)
        {
            return haystack.String!.Contains(JavaScript.ToJsString(needle), StringComparison.Ordinal);
        }

        if (haystack.Kind == JsValueKind.Array)
        {
            foreach (var element in haystack.Array!)
            {
                if (JavaScript.StrictEquals(element, needle))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static Expression Argument(Expression[] operands, int index) =>
        index < operands.Length ? operands[index] : static _ => JsValue.Undefined;

    private static string Truncate(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
