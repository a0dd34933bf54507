using System.Text.Json;
using System.Text.Json.Serialization;

namespace AdobeTarget.Delivery;

/// <summary>
/// Base of every Delivery API object. Fields that this version of the contract does not know are kept in
/// <see cref="AdditionalProperties"/> when reading and written back unchanged, so nothing the edge adds is lost.
/// </summary>
public abstract record WireObject
{
    /// <summary>Fields of the JSON object that the contract does not model, as they came; <see langword="null"/> when there were none.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
