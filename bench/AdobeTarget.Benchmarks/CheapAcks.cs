using System.Buffers;
using System.Text.Json;

namespace AdobeTarget.Benchmarks;

/// <summary>
/// The stand-in edge's cheap way to acknowledge a notification call: one forward pass of a reader over the body
/// collecting the notifications' ids, and a writer echoing them, instead of a DOM parse and string building, so the
/// edge's own work does not compete with the client being measured for the CPU.
/// </summary>
internal static class CheapAcks
{
    /// <summary>Writes <c>{"status":200,"notifications":[{"id":…}…]}</c> for a body with notifications.</summary>
    /// <returns>How many ids were acknowledged; -1 when the body has no notifications (nothing written).</returns>
    public static int TryWrite(ReadOnlySpan<byte> body, IBufferWriter<byte> output)
    {
        var reader = new Utf8JsonReader(body);
        var ids = new List<byte[]>();
        var inNotifications = false;
        var seen = false;
        while (reader.Read())
        {
            if (reader.TokenType != JsonTokenType.PropertyName)
            {
                continue;
            }

            if (reader.CurrentDepth == 1)
            {
                inNotifications = reader.ValueTextEquals("notifications"u8);
                seen |= inNotifications;
            }
            else if (inNotifications && reader.CurrentDepth == 3 && reader.ValueTextEquals("id"u8))
            {
                reader.Read();
                ids.Add(reader.ValueSpan.ToArray());
            }
        }

        if (!seen)
        {
            return -1;
        }

        using var writer = new Utf8JsonWriter(output);
        writer.WriteStartObject();
        writer.WriteNumber("status"u8, 200);
        writer.WriteStartArray("notifications"u8);
        foreach (var id in ids)
        {
            writer.WriteStartObject();
            writer.WriteString("id"u8, System.Text.Encoding.UTF8.GetString(id));
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
        return ids.Count;
    }
}
