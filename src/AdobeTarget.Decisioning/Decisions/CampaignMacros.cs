using System.Globalization;
using System.Text;
using System.Text.Json;
using AdobeTarget.Decisioning.Artifact;
using AdobeTarget.Decisioning.Conditions;
using AdobeTarget.Delivery;

namespace AdobeTarget.Decisioning.Decisions;

/// <summary>
/// Campaign macros (<c>${campaign.id}</c>, <c>${mbox.name}</c>, …) in html content and action content, resolved from
/// the rule's meta, then the request detail (<c>name</c>, <c>index</c>), then its parameters, as Adobe's engine does.
/// Unresolved macros stay as written; replaced text is not scanned again.
/// </summary>
internal static class CampaignMacros
{
    /// <summary>Replaces the macros in <paramref name="text"/>.</summary>
    public static string Replace(string text, CompiledRule rule, MacroSource detail)
    {
        var start = text.IndexOf("${", StringComparison.Ordinal);
        if (start < 0)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        int copied = 0;
        while (start >= 0)
        {
            int end = start + 2;
            while (end < text.Length && IsKeyChar(text[end]))
            {
                end++;
            }

            if (end < text.Length && text[end] == '}')
            {
                var key = text.AsSpan(start + 2, end - start - 2);
                builder.Append(text, copied, start - copied);
                var value = Resolve(NormalizeKey(key), rule, detail);
                builder.Append(value ?? text.Substring(start, end - start + 1));
                copied = end + 1;
                start = text.IndexOf("${", copied, StringComparison.Ordinal);
            }
            else
            {
                start = text.IndexOf("${", start + 1, StringComparison.Ordinal);
            }
        }

        builder.Append(text, copied, text.Length - copied);
        return builder.ToString();
    }

    private static bool IsKeyChar(char c) => char.IsAsciiLetterOrDigit(c) || c == '_' || c == '.';

    // campaign→activity, recipe→experience (lower-case matches only map; other casings become "undefined", as in
    // Adobe's engine); keep the last two dot segments; drop segments equal to "mbox".
    private static string NormalizeKey(ReadOnlySpan<char> key)
    {
        var renamed = new StringBuilder(key.Length + 8);
        int i = 0;
        while (i < key.Length)
        {
            if (TryRename(key[i..], "campaign", "activity", renamed, ref i) || TryRename(key[i..], "recipe", "experience", renamed, ref i))
            {
                continue;
            }

            renamed.Append(key[i]);
            i++;
        }

        var parts = renamed.ToString().Split('.');
        if (parts.Length > 2)
        {
            parts = parts[^2..];
        }

        return string.Join('.', parts.Where(p => p != "mbox"));
    }

    private static bool TryRename(ReadOnlySpan<char> rest, string from, string to, StringBuilder output, ref int index)
    {
        if (!rest.StartsWith(from, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        output.Append(rest.StartsWith(from, StringComparison.Ordinal) ? to : "undefined");
        index += from.Length;
        return true;
    }

    private static string? Resolve(string key, CompiledRule rule, MacroSource detail)
    {
        if (rule.Meta.TryGetValue(key, out var meta) && meta.ValueKind != JsonValueKind.Undefined)
        {
            return JavaScript.ToJsString(JsonToJs.Convert(meta));
        }

        switch (key)
        {
            case "name" when detail.Name is not null:
                return detail.Name;
            case "index" when detail.Index is not null:
                return detail.Index.Value.ToString(CultureInfo.InvariantCulture);
            case "parameters" when detail.Details.Parameters is not null:
            case "address" when detail.Details.Address is not null:
                return "[object Object]";
            default:
                break;
        }

        return detail.Details.Parameters is { } parameters && parameters.TryGetValue(key, out var value) && value is not null
            ? value
            : null;
    }
}
