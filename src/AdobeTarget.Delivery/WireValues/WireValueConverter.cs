using System.Text.Json;
using System.Text.Json.Serialization;

namespace AdobeTarget.Delivery;

/// <summary>Reads and writes a <see cref="IWireValue{TSelf}"/> as a JSON string, keeping unknown values.</summary>
/// <typeparam name="T">The wire value type.</typeparam>
internal sealed class WireValueConverter<T> : JsonConverter<T>
    where T : struct, IWireValue<T>
{
    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException($"Expected a string for {typeof(T).Name}, found {reader.TokenType}.");
        }

        return T.Create(reader.GetString()!);
    }

    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options)
    {
        if (value.Value is null)
        {
            writer.WriteNullValue();
            return;
        }

        writer.WriteStringValue(value.Value);
    }
}
