using System.Security.Cryptography;
using System.Text;

namespace AdobeTarget.LocalEdge.Internal;

/// <summary>
/// Opaque event tokens that the edge can check: the activity, experience and kind (display or click), signed with
/// the edge's secret, plus a marker on the tokens of the published artifact (decided on device). A token of another
/// secret, or altered, is unknown.
/// </summary>
internal sealed class EventTokens(byte[] secret)
{
    private const int SignatureLength = 16;

    private const string OnDeviceMarker = "o";

    public string Display(long activity, long experience, bool onDevice = false) => Make(activity, experience, 'd', onDevice);

    public string Click(long activity, long experience, bool onDevice = false) => Make(activity, experience, 'c', onDevice);

    public bool TryRead(string? token, out (long Activity, long Experience, char Kind, bool OnDevice) value)
    {
        value = default;
        if (token is not { Length: > 0 and <= 256 } || token.Split('.') is not [var payloadText, var signatureText])
        {
            return false;
        }

        byte[] payload;
        byte[] signature;
        try
        {
            payload = Base64UrlDecode(payloadText);
            signature = Base64UrlDecode(signatureText);
        }
        catch (FormatException)
        {
            return false;
        }

        if (!CryptographicOperations.FixedTimeEquals(signature, Sign(payload)))
        {
            return false;
        }

        var parts = Encoding.UTF8.GetString(payload).Split(':');
        var onDevice = parts is [_, _, _, OnDeviceMarker];
        if ((parts.Length != 3 && !onDevice) || parts[2].Length != 1 ||
            !long.TryParse(parts[0], out var activity) || !long.TryParse(parts[1], out var experience))
        {
            return false;
        }

        value = (activity, experience, parts[2][0], onDevice);
        return true;
    }

    private string Make(long activity, long experience, char kind, bool onDevice)
    {
        var text = FormattableString.Invariant($"{activity}:{experience}:{kind}");
        var payload = Encoding.UTF8.GetBytes(onDevice ? $"{text}:{OnDeviceMarker}" : text);
        return $"{Base64UrlEncode(payload)}.{Base64UrlEncode(Sign(payload))}";
    }

    private byte[] Sign(byte[] payload) => HMACSHA256.HashData(secret, payload)[..SignatureLength];

    private static string Base64UrlEncode(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static byte[] Base64UrlDecode(string text)
    {
        var base64 = text.Replace('-', '+').Replace('_', '/');
        return Convert.FromBase64String(base64.PadRight(base64.Length + ((4 - (base64.Length % 4)) % 4), '='));
    }
}
