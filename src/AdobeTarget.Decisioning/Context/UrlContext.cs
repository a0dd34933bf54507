using AdobeTarget.Decisioning.Conditions;

namespace AdobeTarget.Decisioning;

/// <summary>
/// The <c>page</c> or <c>referring</c> part of a rule context: URL parts and their lower-cased <c>_lc</c> twins.
/// Immutable.
/// </summary>
internal sealed class UrlContext
{
    private static readonly string[] FieldNames =
    [
        "url", "path", "query", "fragment", "subdomain", "domain", "topLevelDomain",
        "url_lc", "path_lc", "query_lc", "fragment_lc", "subdomain_lc", "domain_lc", "topLevelDomain_lc",
    ];

    private readonly string[] _values;
    private Dictionary<string, JsValue>? _properties; // built lazily, published with Volatile: instances are shared

    private UrlContext(string[] values) => _values = values;

    /// <summary>All parts empty: what an absent URL gives.</summary>
    public static UrlContext Empty { get; } = From(new UrlParts(string.Empty, string.Empty, string.Empty, string.Empty, string.Empty, string.Empty, string.Empty));

    /// <summary>The URL as given.</summary>
    public string Url => _values[0];

    /// <summary>The host's registrable domain (or the raw host), as the engine computes it.</summary>
    public string Domain => _values[5];

    /// <summary>Builds the context from parsed URL parts.</summary>
    public static UrlContext From(UrlParts parts)
    {
        var values = new string[14];
        values[0] = parts.Url;
        values[1] = parts.Path;
        values[2] = parts.Query;
        values[3] = parts.Fragment;
        values[4] = parts.Subdomain;
        values[5] = parts.Domain;
        values[6] = parts.TopLevelDomain;
        for (int i = 0; i < 7; i++)
        {
            values[i + 7] = JavaScriptText.ToLower(values[i]);
        }

        return new UrlContext(values);
    }

    /// <summary>The index of a field name for <see cref="Get"/>, or -1.</summary>
    public static int FieldIndex(string name) => Array.IndexOf(FieldNames, name);

    /// <summary>The value of the field at <paramref name="index"/>.</summary>
    public string Get(int index) => _values[index];

    /// <summary>The context as a JavaScript object (built once; instances are shared between threads).</summary>
    public JsValue AsObject()
    {
        var properties = Volatile.Read(ref _properties);
        if (properties is null)
        {
            properties = new Dictionary<string, JsValue>(FieldNames.Length, StringComparer.Ordinal);
            for (int i = 0; i < FieldNames.Length; i++)
            {
                properties[FieldNames[i]] = JsValue.FromString(_values[i]);
            }

            Volatile.Write(ref _properties, properties);
        }

        return JsValue.FromObject(properties);
    }
}
