using System.Globalization;

namespace AdobeTarget.Decisioning;

// TEMP placeholder: the real implementation comes from branch engine-parsers.
internal static class AllocationBucket
{
    public static double For(string clientCode, long activityId, string visitorId) =>
        ForDeviceId(string.Create(CultureInfo.InvariantCulture, $"{clientCode}.{activityId}.{visitorId}.0"));

    public static double ForDeviceId(ReadOnlySpan<char> deviceId) =>
        (Math.Abs((long)MurmurHash3.Hash32(deviceId)) % 10000) / 100.0;
}
