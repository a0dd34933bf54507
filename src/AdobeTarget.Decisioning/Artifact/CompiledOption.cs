using System.Text.Json;

namespace AdobeTarget.Decisioning.Artifact;

/// <summary>An option of a compiled rule. Immutable.</summary>
internal sealed class CompiledOption
{
    /// <summary>Creates the option.</summary>
    public CompiledOption(ArtifactOption source)
    {
        Type = source.Type;
        Content = source.Content;
        EventToken = source.EventToken;
        Extra = source.Extra;
        HasMacros = Content is { } content && ContainsMacro(content);
    }

    /// <summary>Option type, or null when absent.</summary>
    public string? Type { get; }

    /// <summary>Content, or null when absent.</summary>
    public JsonElement? Content { get; }

    /// <summary>Display event token, or null.</summary>
    public string? EventToken { get; }

    /// <summary>Members passed through unmodelled.</summary>
    public IReadOnlyDictionary<string, JsonElement>? Extra { get; }

    /// <summary>Whether the content may hold campaign macros (<c>${…}</c>) in an html or actions option.</summary>
    public bool HasMacros { get; }

    private bool ContainsMacro(JsonElement content) => Type switch
    {
        "html" => content.ValueKind == JsonValueKind.String && content.GetString()!.Contains("${", StringComparison.Ordinal),
        "actions" => content.ValueKind == JsonValueKind.Array && content.GetRawText().Contains("${", StringComparison.Ordinal),
        _ => false,
    };
}
