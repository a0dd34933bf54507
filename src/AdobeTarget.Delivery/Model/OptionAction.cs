using System.Text.Json;
using System.Text.Json.Serialization;

namespace AdobeTarget.Delivery;

/// <summary>A visual action of an <c>actions</c> option (the spec's <c>Action</c>; renamed so it never clashes with <see cref="System.Action"/>).</summary>
public sealed record OptionAction : WireObject
{
    /// <summary>The action type.</summary>
    [JsonPropertyName("type")]
    public string? Type { get; set; }

    /// <summary>The selector.</summary>
    [JsonPropertyName("selector")]
    public string? Selector { get; set; }

    /// <summary>The CSS selector.</summary>
    [JsonPropertyName("cssSelector")]
    public string? CssSelector { get; set; }

    /// <summary>The action content: a string or an object.</summary>
    [JsonPropertyName("content")]
    public JsonElement? Content { get; set; }
}
