using System.Globalization;

namespace AdobeTarget.LoadTest;

/// <summary>The machine's load average, as <c>uptime</c> shows it: the figure that says how busy the shared machine was.</summary>
internal static class LoadAverage
{
    /// <summary>Reads the 1-minute load average from <c>/proc/loadavg</c>; null where there is none (not Linux) or it cannot be read.</summary>
    public static double? Read()
    {
        try
        {
            var text = File.ReadAllText("/proc/loadavg");
            var first = text.Split(' ', 2)[0];
            return double.TryParse(first, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
