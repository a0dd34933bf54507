using System.Globalization;
using System.Text.Json;

namespace AdobeTarget.Decisioning.Conditions;

/// <summary>
/// Compiles JsonLogic's <c>var</c>: a dotted path into the rule context, <c>null</c> (or the default argument)
/// when any step is missing. Known paths (<c>page.url_lc</c>, <c>allocation</c>, …) become direct field reads.
/// </summary>
internal static class VariableCompiler
{
    /// <summary>Compiles <c>{"var": arguments}</c>.</summary>
    public static Expression Compile(JsonElement[] arguments)
    {
        var fallbackExpression = arguments.Length > 1 ? ConditionCompiler.Compile(arguments[1]) : null;
        if (arguments.Length == 0)
        {
            return static context => context.AsObject();
        }

        var name = arguments[0];
        string? path = name.ValueKind switch
        {
            JsonValueKind.String => name.GetString(),
            JsonValueKind.Number => JavaScriptNumbers.NumberToString(name.GetDouble()),
            _ => null,
        };

        if (path is null && name.ValueKind is not (JsonValueKind.Null or JsonValueKind.Undefined))
        {
            var dynamicName = ConditionCompiler.Compile(name);
            return context =>
            {
                var key = dynamicName(context);
                return key.IsNullish || (key.Kind == JsValueKind.String && key.String!.Length == 0)
                    ? context.AsObject()
                    : Walk(context, JavaScript.ToJsString(key).Split('.'), Fallback(fallbackExpression, context));
            };
        }

        if (string.IsNullOrEmpty(path))
        {
            return static context => context.AsObject();
        }

        var segments = path.Split('.');
        if (fallbackExpression is null)
        {
            var fast = FastPath(segments);
            if (fast is not null)
            {
                return fast;
            }
        }

        return context => Walk(context, segments, Fallback(fallbackExpression, context));
    }

    private static JsValue Fallback(Expression? fallback, RuleContext context)
    {
        if (fallback is null)
        {
            return JsValue.Null;
        }

        var value = fallback(context);
        return value.Kind == JsValueKind.Undefined ? JsValue.Null : value;
    }

    private static Expression? FastPath(string[] segments)
    {
        if (segments.Length == 1)
        {
            return segments[0] switch
            {
                "allocation" => static context => JsValue.FromNumber(context.Allocation),
                "current_timestamp" => static context => context.Request.CurrentTimestamp,
                "current_time" => static context => context.Request.CurrentTime,
                "current_day" => static context => context.Request.CurrentDay,
                _ => null,
            };
        }

        if (segments.Length != 2)
        {
            return segments[0] == "mbox" ? MboxPath(segments) : null;
        }

        var field = segments[1];
        switch (segments[0])
        {
            case "page" or "referring":
                int index = UrlContext.FieldIndex(field);
                if (index < 0)
                {
                    return null;
                }

                return segments[0] == "page"
                    ? context => JsValue.FromString(context.Page.Get(index))
                    : context => JsValue.FromString(context.Referring.Get(index));
            case "user":
                return context => NullIfUndefined(context.Request.User.Get(field));
            case "geo":
                return context => NullIfUndefined(context.Request.Geo.Get(field));
            case "mbox":
                return MboxPath(segments);
            default:
                return null;
        }
    }

    private static Expression MboxPath(string[] segments)
    {
        var rest = segments[1..];
        return context =>
        {
            var current = context.Mbox;
            foreach (var segment in rest)
            {
                if (current.IsNullish)
                {
                    return JsValue.Null;
                }

                current = Property(current, segment);
                if (current.Kind == JsValueKind.Undefined)
                {
                    return JsValue.Null;
                }
            }

            return current;
        };
    }

    private static JsValue NullIfUndefined(JsValue value) => value.Kind == JsValueKind.Undefined ? JsValue.Null : value;

    private static JsValue Walk(RuleContext context, string[] segments, JsValue fallback)
    {
        var current = context.Root(segments[0]);
        if (current.Kind == JsValueKind.Undefined)
        {
            return fallback;
        }

        for (int i = 1; i < segments.Length; i++)
        {
            if (current.IsNullish)
            {
                return fallback;
            }

            current = Property(current, segments[i]);
            if (current.Kind == JsValueKind.Undefined)
            {
                return fallback;
            }
        }

        return current;
    }

    /// <summary>JavaScript property access <c>value[key]</c> for the values conditions see.</summary>
    public static JsValue Property(JsValue value, string key)
    {
        switch (value.Kind)
        {
            case JsValueKind.Object:
                return value.Object!.TryGetValue(key, out var property) ? property : JsValue.Undefined;
            case JsValueKind.Array:
                var elements = value.Array!;
                if (key == "length")
                {
                    return JsValue.FromNumber(elements.Length);
                }

                return TryIndex(key, out var i) && i < elements.Length ? elements[i] : JsValue.Undefined;
            case JsValueKind.String:
                var text = value.String!;
                if (key == "length")
                {
                    return JsValue.FromNumber(text.Length);
                }

                return TryIndex(key, out var c) && c < text.Length ? JsValue.FromString(text[c].ToString()) : JsValue.Undefined;
            default:
                return JsValue.Undefined;
        }
    }

    private static bool TryIndex(string key, out int index)
    {
        index = -1;
        return key.Length is > 0 and < 10
            && (key.Length == 1 || key[0] != '0')
            && int.TryParse(key, NumberStyles.None, CultureInfo.InvariantCulture, out index);
    }
}
