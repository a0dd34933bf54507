using System.Buffers;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace AdobeTarget.Delivery;

/// <summary>
/// Reads a map of strings (mbox and profile parameters) that other SDKs sometimes fill with numbers or booleans:
/// a number keeps its JSON text (<c>1024</c> reads as <c>"1024"</c>), a boolean reads as <c>"true"</c> or
/// <c>"false"</c>, a null is left out. Objects and arrays are an error. Writes plain strings.
/// </summary>
internal sealed class LenientStringMapConverter : JsonConverter<IDictionary<string, string>>
{
    public override IDictionary<string, string> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException($"Expected an object of parameters, found {reader.TokenType}.");
        }

        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            var name = reader.GetString()!;
            reader.Read();
            switch (reader.TokenType)
            {
                case JsonTokenType.String:
                    map[name] = reader.GetString()!;
                    break;
                case JsonTokenType.Number:
                    map[name] = System.Text.Encoding.UTF8.GetString(reader.HasValueSequence ? reader.ValueSequence.ToArray() : reader.ValueSpan);
                    break;
                case JsonTokenType.True or JsonTokenType.False:
                    map[name] = reader.GetBoolean() ? "true" : "false";
                    break;
                case JsonTokenType.Null:
                    break;
                default:
                    throw new JsonException($"Parameter '{name}' must be a string, a number or a boolean, not {reader.TokenType}.");
            }
        }

        return map;
    }

    public override void Write(Utf8JsonWriter writer, IDictionary<string, string> value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        foreach (var (name, text) in value)
        {
            writer.WriteString(name, text);
        }

        writer.WriteEndObject();
    }
}
