using System.Buffers;
using System.Net;
using System.Text.Json;
using AdobeTarget.Delivery;

namespace AdobeTarget.Internal;

/// <summary>
/// Reads the Delivery API's answer: the response on success, a <see cref="TargetEdgeException"/> otherwise. Bodies are
/// read after decompression up to a size cap, and every way a body can be wrong (not JSON, too large, a lying or
/// corrupt <c>Content-Encoding</c>) ends as a <see cref="TargetResponseFormatException"/>.
/// </summary>
internal static class DeliveryResponseReader
{
    private const int MaxErrorBodyBytes = 16 * 1024;

    public static async Task<DeliveryResponse?> ReadAsync(HttpResponseMessage http, string? requestId, int maxBodyBytes, CancellationToken cancellationToken)
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

        var body = await ReadBodyAsync(http, requestId, maxBodyBytes, failPastCap: true, cancellationToken).ConfigureAwait(false);
        try
        {
            return JsonSerializer.Deserialize(body.Span, DeliveryJsonContext.Default.DeliveryResponse)
                ?? throw new TargetResponseFormatException(status, "the body is the JSON literal null", requestId);
        }
        catch (JsonException e)
        {
            throw new TargetResponseFormatException(status, $"invalid JSON ({LogText.Clean(e.Message, 200)})", requestId, e);
        }
        finally
        {
            body.Return();
        }
    }

    private static async Task<TargetEdgeException> ReadErrorAsync(HttpResponseMessage http, string? requestId, CancellationToken cancellationToken)
    {
        string? message = null;
        PooledBody body;
        try
        {
            body = await ReadBodyAsync(http, requestId, MaxErrorBodyBytes, failPastCap: false, cancellationToken).ConfigureAwait(false);
        }
        catch (TargetResponseFormatException)
        {
            // An error body that cannot even be decoded: the status alone describes the error.
            return new TargetEdgeException(http.StatusCode, null, requestId);
        }

        try
        {
            if (body.Length > 0)
            {
                message = LogText.Clean(JsonSerializer.Deserialize(body.Span, DeliveryJsonContext.Default.UnexpectedError)?.Message);
            }
        }
        catch (JsonException)
        {
            // Not the {status, message} shape (a proxy's HTML page, say): the status alone describes the error.
        }
        finally
        {
            body.Return();
        }

        return new TargetEdgeException(http.StatusCode, message, requestId);
    }

    private static async Task<PooledBody> ReadBodyAsync(HttpResponseMessage http, string? requestId, int cap, bool failPastCap, CancellationToken cancellationToken)
    {
        var declared = http.Content.Headers.ContentLength;
        var buffer = ArrayPool<byte>.Shared.Rent(declared is > 0 and var size && size < cap ? (int)size + 1 : Math.Min(cap + 1, 16 * 1024));
        var length = 0;
        try
        {
            var stream = await http.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
            await using (stream.ConfigureAwait(false))
            {
                while (true)
                {
                    if (length == buffer.Length)
                    {
                        if (length > cap)
                        {
                            break;
                        }

                        var larger = ArrayPool<byte>.Shared.Rent((int)Math.Min(buffer.Length * 2L, cap + 1L));
                        buffer.AsSpan(0, length).CopyTo(larger);
                        ArrayPool<byte>.Shared.Return(buffer);
                        buffer = larger;
                    }

                    var read = await stream.ReadAsync(buffer.AsMemory(length), cancellationToken).ConfigureAwait(false);
                    if (read == 0)
                    {
                        break;
                    }

                    length += read;
                    if (length > cap)
                    {
                        break;
                    }
                }
            }
        }
        catch (Exception e) when (e is InvalidDataException or InvalidOperationException)
        {
            ArrayPool<byte>.Shared.Return(buffer);
            throw new TargetResponseFormatException(http.StatusCode, "the body could not be decompressed as its Content-Encoding says", requestId, e);
        }
        catch
        {
            ArrayPool<byte>.Shared.Return(buffer);
            throw;
        }

        if (length > cap)
        {
            if (failPastCap)
            {
                ArrayPool<byte>.Shared.Return(buffer);
                throw new TargetResponseFormatException(http.StatusCode, $"the body is larger than {cap} bytes after decompression (AdobeTarget:MaxResponseBytes)", requestId);
            }

            length = cap;
        }

        return new PooledBody(buffer, length);
    }

    /// <summary>A body in a rented buffer; <see cref="Return"/> gives the buffer back.</summary>
    private readonly struct PooledBody(byte[] buffer, int length)
    {
        public int Length => length;

        public ReadOnlySpan<byte> Span => buffer.AsSpan(0, length);

        public void Return() => ArrayPool<byte>.Shared.Return(buffer);
    }
}
