using System.IO.Compression;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace AdobeTarget.AspNetCore.Tests.Hardening;

/// <summary>Bodies and answers of a hostile edge: lying or corrupt encodings, oversized and endless bodies.</summary>
public static class HostileBodies
{
    /// <summary>A valid Delivery API answer.</summary>
    public const string ValidJson = """{"status":200,"requestId":"r","client":"acme","id":{"tntId":"t.28_0"},"edgeHost":"mboxedge28.tt.omtrdc.net"}""";

    /// <summary>A valid answer of exactly <paramref name="length"/> bytes (ASCII), padded inside a string member.</summary>
    public static string ValidJsonOfLength(int length)
    {
        const string head = "{\"status\":200,\"client\":\"acme\",\"edgeHost\":\"mboxedge28.tt.omtrdc.net\",\"pad\":\"";
        const string tail = "\"}";
        return head + new string('x', length - head.Length - tail.Length) + tail;
    }

    public static byte[] Compress(string encoding, byte[] plain)
    {
        using var output = new MemoryStream();
        using (Stream compressor = encoding switch
        {
            "gzip" => new GZipStream(output, CompressionLevel.Optimal, leaveOpen: true),
            "deflate" => new ZLibStream(output, CompressionLevel.Optimal, leaveOpen: true),
            "br" => new BrotliStream(output, CompressionLevel.Optimal, leaveOpen: true),
            _ => throw new ArgumentOutOfRangeException(nameof(encoding), encoding, "gzip, deflate or br"),
        })
        {
            compressor.Write(plain);
        }

        return output.ToArray();
    }

    /// <summary>A compressed valid answer with eight bytes in its middle inverted.</summary>
    public static byte[] Corrupted(string encoding)
    {
        var bytes = Compress(encoding, Encoding.UTF8.GetBytes(ValidJson + new string(' ', 512)));
        for (var i = bytes.Length / 2; i < bytes.Length / 2 + 8; i++)
        {
            bytes[i] ^= 0xFF;
        }

        return bytes;
    }

    /// <summary>Answers with a status, a <c>Content-Encoding</c> and raw bytes.</summary>
    public static Func<Infrastructure.RecordedRequest, HttpContext, Task> Encoded(int status, string? encoding, byte[] body) =>
        async (_, context) =>
        {
            context.Response.StatusCode = status;
            context.Response.ContentType = "application/json";
            if (encoding is not null)
            {
                context.Response.Headers.ContentEncoding = encoding;
            }

            await context.Response.Body.WriteAsync(body);
        };

    /// <summary>Answers with a body that never ends: a valid start, then <paramref name="chunk"/> bytes after each pause.</summary>
    public static Func<Infrastructure.RecordedRequest, HttpContext, Task> Endless(int status, int chunk, TimeSpan pause) =>
        async (_, context) =>
        {
            context.Response.StatusCode = status;
            context.Response.ContentType = "application/json";
            var filler = Encoding.ASCII.GetBytes(new string('x', chunk));
            try
            {
                await context.Response.WriteAsync("{\"status\":200,\"pad\":\"", context.RequestAborted);
                while (!context.RequestAborted.IsCancellationRequested)
                {
                    await context.Response.Body.WriteAsync(filler, context.RequestAborted);
                    await context.Response.Body.FlushAsync(context.RequestAborted);
                    if (pause > TimeSpan.Zero)
                    {
                        await Task.Delay(pause, context.RequestAborted);
                    }
                }
            }
            catch (Exception e) when (e is OperationCanceledException or IOException or InvalidOperationException)
            {
                // The client stopped reading and closed the connection: what a body that never ends must come to.
            }
        };
}
