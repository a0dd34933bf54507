using System.Globalization;
using System.Text;

namespace AdobeTarget.Internal;

/// <summary>Shows configured values in start-up messages: printable, short, one line.</summary>
internal static class OptionValueText
{
    private const int MaxShown = 100;

    /// <summary>
    /// The value with control, format, separator and surrogate characters (a newline, a bidi override) shown as
    /// <c>?</c>, cut to <see cref="MaxShown"/> characters.
    /// </summary>
    public static string Printable(string value)
    {
        var shown = new StringBuilder(Math.Min(value.Length, MaxShown) + 1);
        foreach (var c in value.AsSpan(0, Math.Min(value.Length, MaxShown)))
        {
            shown.Append(IsPrintable(c) ? c : '?');
        }

        return value.Length > MaxShown ? shown.Append('…').ToString() : shown.ToString();
    }

    /// <summary>A time span as configuration writes it (<c>00:00:03</c>).</summary>
    public static string Format(TimeSpan value) => value.ToString("c", CultureInfo.InvariantCulture);

    private static bool IsPrintable(char c) => char.GetUnicodeCategory(c) switch
    {
        UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.Surrogate or UnicodeCategory.PrivateUse
            or UnicodeCategory.OtherNotAssigned or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator => false,
        _ => true,
    };
}
