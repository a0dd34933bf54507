using System.Security.Cryptography;
using System.Text;

namespace AdobeTarget.LocalEdge.Internal;

/// <summary>
/// Target's <c>rules.bin</c>: a 40-byte ASCII header (<c>ATOD:001</c> and a 32-character key), then the JSON's bytes,
/// each XOR-ed with byte <c>i mod n</c> of UTF-8(organization id + key). The key is derived from the JSON, so the same
/// rules give the same bytes (and ETag).
/// </summary>
internal static class ArtifactObfuscation
{
    private const string Prefix = "ATOD:001";
    private const int KeyLength = 32;

    public static byte[] Obfuscate(ReadOnlySpan<byte> json, string organizationId)
    {
        var key = Convert.ToHexString(SHA256.HashData(json))[..KeyLength];
        var secret = Encoding.UTF8.GetBytes(organizationId + key);
        var result = new byte[Prefix.Length + KeyLength + json.Length];
        Encoding.ASCII.GetBytes(Prefix + key, result);
        var payload = result.AsSpan(Prefix.Length + KeyLength);
        for (var i = 0; i < json.Length; i++)
        {
            payload[i] = (byte)(json[i] ^ secret[i % secret.Length]);
        }

        return result;
    }
}
