using System.Net;
using System.Text.Json;
using AdobeTarget.Delivery;

namespace AdobeTarget.Internal;

/// <summary>Turns the edge's HTTP answer into a <see cref="DeliveryResponse"/> or a typed <see cref="TargetException"/>.</summary>
internal static class DeliveryResponseReader
{
    private const int MaxErrorBodyBytes = 16 * 1024;
    private const int MaxEdgeMessageLength = 500;

    /// <summary>Reads a response: <see langword="null"/> for 204 (beacon), the body for other 2xx.</summary>
    public static async Task<DeliveryResponse?> ReadAsync(HttpResponseMessage http, string? requestId, CancellationToken cancellationToken)
    {
        var status = http.StatusCode;
        if (status == HttpStatusCode.NoContent)
        {
            return null;
        }

        if (!http.IsSuccessStatusCode)
        {
            throw await ReadErrorAsync(http, requestId, cancellationToken).ConfigureAwait(false);
        }

        DeliveryResponse? response;
        try
        {
            var stream = await http.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
            await using (stream.ConfigureAwait(false))
            {
                response = await JsonSerializer.DeserializeAsync(stream, DeliveryJsonContext.Default.DeliveryResponse, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (JsonException e)
        {
            throw new TargetResponseFormatException(status, $"invalid JSON ({e.Message})", requestId, e);
        }

        return response ?? throw new TargetResponseFormatException(status, "the body is the JSON literal null", requestId);
    }

    private static async Task<TargetEdgeException> ReadErrorAsync(HttpResponseMessage http, string? requestId, CancellationToken cancellationToken)
    {
        string? message = null;
        var body = await ReadCappedAsync(http.Content, cancellationToken).ConfigureAwait(false);
        if (body.Length > 0)
        {
            try
            {
                message = Clean(JsonSerializer.Deserialize(body, DeliveryJsonContext.Default.UnexpectedError)?.Message);
            }
            catch (JsonException)
            {
                // Not the {status, message} shape (a proxy's HTML page, say): the status alone describes the error.
            }
        }

        return new TargetEdgeException(http.StatusCode, message, requestId);
    }

    private static async Task<byte[]> ReadCappedAsync(HttpContent content, CancellationToken cancellationToken)
    {
        var stream = await content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        await using (stream.ConfigureAwait(false))
        {
            var buffer = new byte[MaxErrorBodyBytes];
            var length = 0;
            int read;
            while (length < buffer.Length && (read = await stream.ReadAsync(buffer.AsMemory(length), cancellationToken).ConfigureAwait(false)) > 0)
            {
                length += read;
            }

            return buffer[..length];
        }
    }

    /// <summary>Keeps an edge message safe to show and log: no control characters, at most 500 characters.</summary>
    internal static string? Clean(string? message)
    {
        if (string.IsNullOrWhiteSpace(message))
        {
            return null;
        }

        var cleaned = string.Create(Math.Min(message.Length, MaxEdgeMessageLength), message, static (span, source) =>
        {
            for (var i = 0; i < span.Length; i++)
            {
                span[i] = char.IsControl(source[i]) ? ' ' : source[i];
            }
        });
        return message.Length > MaxEdgeMessageLength ? cleaned + "…" : cleaned;
    }
}
