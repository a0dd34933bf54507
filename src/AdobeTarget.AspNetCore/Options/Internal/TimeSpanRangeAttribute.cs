using System.ComponentModel.DataAnnotations;
using System.Globalization;

namespace AdobeTarget.Internal;

/// <summary>
/// An inclusive range for a <see cref="TimeSpan"/> setting, its bounds written as configuration writes them
/// (<c>"00:00:03"</c>), whose <see cref="ValidationAttribute.ErrorMessage"/> is the whole failure message.
/// </summary>
/// <remarks>Not <see cref="RangeAttribute"/>, for the reason <see cref="IntegerRangeAttribute"/> gives.</remarks>
[AttributeUsage(AttributeTargets.Property)]
internal sealed class TimeSpanRangeAttribute(string minimum, string maximum) : ValidationAttribute
{
    private readonly TimeSpan _minimum = TimeSpan.ParseExact(minimum, "c", CultureInfo.InvariantCulture);
    private readonly TimeSpan _maximum = TimeSpan.ParseExact(maximum, "c", CultureInfo.InvariantCulture);

    /// <summary>Gets the shortest value accepted, as written.</summary>
    public string Minimum { get; } = minimum;

    /// <summary>Gets the longest value accepted, as written.</summary>
    public string Maximum { get; } = maximum;

    /// <inheritdoc/>
    public override bool IsValid(object? value) => value switch
    {
        null => true,
        TimeSpan time => time >= _minimum && time <= _maximum,
        _ => throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture, $"{nameof(TimeSpanRangeAttribute)} applies to TimeSpan settings, not {value.GetType()}.")),
    };
}
