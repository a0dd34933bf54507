using System.IO.Compression;
using System.Security.Cryptography;

namespace AdobeTarget.LocalEdge.Internal;

/// <summary>
/// One artifact file as served: its bytes, a gzip copy, and strong ETags (a hash of the bytes; the gzip copy's tag
/// has a <c>-gzip</c> suffix). Immutable; built once per activities load.
/// </summary>
internal sealed class PublishedArtifact
{
    public PublishedArtifact(byte[] bytes, string contentType)
    {
        Bytes = bytes;
        ContentType = contentType;
        var hash = Convert.ToHexString(SHA256.HashData(bytes).AsSpan(0, 16));
        ETag = $"\"{hash}\"";
        GzipETag = $"\"{hash}-gzip\"";
        using var compressed = new MemoryStream();
        using (var gzip = new GZipStream(compressed, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            gzip.Write(bytes);
        }

        Gzip = compressed.ToArray();
    }

    public byte[] Bytes { get; }

    public byte[] Gzip { get; }

    public string ContentType { get; }

    public string ETag { get; }

    public string GzipETag { get; }

    /// <summary>Whether an <c>If-None-Match</c> value names this artifact (either encoding, weak or strong, or <c>*</c>).</summary>
    public bool IsNamedBy(IEnumerable<string?> ifNoneMatch)
    {
        foreach (var header in ifNoneMatch)
        {
            foreach (var raw in (header ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                var tag = raw.StartsWith("W/", StringComparison.Ordinal) ? raw[2..] : raw;
                if (tag == "*" || tag == ETag || tag == GzipETag)
                {
                    return true;
                }
            }
        }

        return false;
    }
}
