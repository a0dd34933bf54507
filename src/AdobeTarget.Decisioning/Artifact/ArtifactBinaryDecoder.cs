using System.Globalization;
using System.Text;

namespace AdobeTarget.Decisioning.Artifact;

/// <summary>
/// De-obfuscates <c>rules.bin</c>: a 40-byte header (<c>prefix:version</c> in 8 characters, then a 32-character
/// key) followed by the JSON, each byte XOR-ed with UTF-8(organization id + key), cycling.
/// </summary>
internal static class ArtifactBinaryDecoder
{
    private const int HeaderLength = 40;
    private const int VersionFieldLength = 8;

    /// <summary>The de-obfuscated JSON bytes.</summary>
    /// <exception cref="TargetArtifactException">The header is missing or of an unsupported version.</exception>
    public static byte[] Decode(ReadOnlySpan<byte> binary, string organizationId)
    {
        if (binary.Length < HeaderLength)
        {
            throw new TargetArtifactException($"The binary artifact is truncated: {binary.Length} bytes, shorter than its {HeaderLength}-byte header.");
        }

        var versionField = Encoding.ASCII.GetString(binary[..VersionFieldLength]);
        var colon = versionField.IndexOf(':', StringComparison.Ordinal);
        if (colon < 0
            || !int.TryParse(versionField.AsSpan(colon + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var version)
            || version != 1)
        {
            throw new TargetArtifactException("The binary artifact's header is not 'prefix:version' with obfuscation version 1.");
        }

        var key = Encoding.UTF8.GetBytes(organizationId + Encoding.ASCII.GetString(binary[VersionFieldLength..HeaderLength]));
        var payload = binary[HeaderLength..];
        var result = new byte[payload.Length];
        for (int i = 0; i < payload.Length; i++)
        {
            result[i] = (byte)(payload[i] ^ key[i % key.Length]);
        }

        return result;
    }

    /// <summary>Obfuscates JSON the way Adobe does (for tests and tools).</summary>
    public static byte[] Encode(ReadOnlySpan<byte> json, string organizationId, string key)
    {
        var header = Encoding.ASCII.GetBytes("ATOD:001" + key);
        var secret = Encoding.UTF8.GetBytes(organizationId + key);
        var result = new byte[header.Length + json.Length];
        header.CopyTo(result, 0);
        for (int i = 0; i < json.Length; i++)
        {
            result[header.Length + i] = (byte)(json[i] ^ secret[i % secret.Length]);
        }

        return result;
    }
}
