using AdobeTarget.Decisioning.Conditions;

namespace AdobeTarget.Decisioning;

/// <summary>
/// Builds the <c>mbox</c> part of a rule context from a request detail's parameters as Adobe's engine does:
/// keys with an inner dot (not <c>..</c>, not at either end) become nested objects, and every string value gets a
/// lower-cased <c>&lt;key&gt;_lc</c> sibling at every depth.
/// </summary>
internal static class MboxParameterContext
{
    /// <summary>An empty <c>mbox</c> object.</summary>
    public static JsValue Empty { get; } = JsValue.FromObject(new Dictionary<string, JsValue>(StringComparer.Ordinal));

    /// <summary>The <c>mbox</c> object for these parameters.</summary>
    public static JsValue Build(IDictionary<string, string>? parameters)
    {
        if (parameters is null || parameters.Count == 0)
        {
            return Empty;
        }

        var root = new Dictionary<string, object?>(parameters.Count, StringComparer.Ordinal);
        foreach (var (key, value) in parameters)
        {
            if (key is null)
            {
                continue;
            }

            if (IsExpandable(key))
            {
                SetNested(root, key.Split('.'), value);
            }
            else
            {
                root[key] = value;
            }
        }

        return WithLowerCaseTwins(root);
    }

    private static bool IsExpandable(string key) =>
        key.Contains('.', StringComparison.Ordinal)
        && !key.Contains("..", StringComparison.Ordinal)
        && key[0] != '.'
        && key[^1] != '.';

    // JavaScript: walks the path creating objects where the slot is falsy; assigning onto a string is a silent no-op.
    private static void SetNested(Dictionary<string, object?> root, string[] keys, string? value)
    {
        object? current = root;
        for (int i = 0; i < keys.Length - 1; i++)
        {
            if (current is not Dictionary<string, object?> map)
            {
                return;
            }

            if (!map.TryGetValue(keys[i], out var next) || next is null || (next is string s && s.Length == 0))
            {
                next = new Dictionary<string, object?>(StringComparer.Ordinal);
                map[keys[i]] = next;
            }

            current = next;
        }

        if (current is Dictionary<string, object?> last)
        {
            last[keys[^1]] = value;
        }
    }

    private static JsValue WithLowerCaseTwins(Dictionary<string, object?> source) => ToJs(WithLowerCaseTwinsRaw(source));

    private static Dictionary<string, object?> WithLowerCaseTwinsRaw(Dictionary<string, object?> source)
    {
        var result = new Dictionary<string, object?>(source, StringComparer.Ordinal);
        foreach (var key in source.Keys)
        {
            if (result[key] is string text)
            {
                result[key + "_lc"] = JavaScriptText.ToLower(text);
            }

            if (source[key] is Dictionary<string, object?> && result[key] is Dictionary<string, object?> nested)
            {
                result[key] = WithLowerCaseTwinsRaw(nested);
            }
        }

        return result;
    }

    private static JsValue ToJs(Dictionary<string, object?> map)
    {
        var properties = new Dictionary<string, JsValue>(map.Count, StringComparer.Ordinal);
        foreach (var (key, value) in map)
        {
            properties[key] = value switch
            {
                string s => JsValue.FromString(s),
                Dictionary<string, object?> nested => ToJs(nested),
                _ => JsValue.Null,
            };
        }

        return JsValue.FromObject(properties);
    }
}
