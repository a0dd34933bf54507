using System.Text.Json.Serialization;

namespace AdobeTarget.Delivery;

/// <summary>
/// Source-generated System.Text.Json metadata for the Delivery API contract: no reflection when reading or writing.
/// Nulls are omitted when writing; unknown fields are kept in <see cref="WireObject.AdditionalProperties"/>.
/// </summary>
[JsonSourceGenerationOptions(
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    GenerationMode = JsonSourceGenerationMode.Default)]
[JsonSerializable(typeof(DeliveryRequest))]
[JsonSerializable(typeof(DeliveryResponse))]
[JsonSerializable(typeof(UnexpectedError))]
[JsonSerializable(typeof(ABTOrder))]
[JsonSerializable(typeof(OptionAction))]
public sealed partial class DeliveryJsonContext : JsonSerializerContext;
