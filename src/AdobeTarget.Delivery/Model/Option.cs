using System.Text.Json;
using System.Text.Json.Serialization;

namespace AdobeTarget.Delivery;

/// <summary>Content returned by an activity.</summary>
public sealed record Option : WireObject
{
    /// <summary>The content type: html, json, redirect, dynamic or actions.</summary>
    [JsonPropertyName("type")]
    public OptionType? Type { get; set; }

    /// <summary>The content as it came: a string (html, redirect, dynamic), an object (json) or an array of actions.</summary>
    [JsonPropertyName("content")]
    public JsonElement? Content { get; set; }

    /// <summary>The token to send with the display notification (prefetch only).</summary>
    [JsonPropertyName("eventToken")]
    public string? EventToken { get; set; }

    /// <summary>Response tokens and their values (strings, numbers or lists) as they came.</summary>
    [JsonPropertyName("responseTokens")]
    public IDictionary<string, JsonElement>? ResponseTokens { get; set; }
}
