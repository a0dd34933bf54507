using System.ComponentModel.DataAnnotations;
using System.Globalization;

namespace AdobeTarget.Internal;

/// <summary>
/// An inclusive range for an <see cref="int"/> or <see cref="long"/> setting whose <see cref="ValidationAttribute.ErrorMessage"/>
/// is the whole failure message.
/// </summary>
/// <remarks>
/// Not <see cref="RangeAttribute"/>: the options source generator replaces it with a copy that ignores
/// <c>ErrorMessage</c> and prints "The field AdobeTargetOptions.X must be between 1 and 2." (dotnet/runtime#123137),
/// which names no configuration key and ends in the stray '.' that <c>OptionsValidationException</c> joins with ';'.
/// </remarks>
[AttributeUsage(AttributeTargets.Property)]
internal sealed class IntegerRangeAttribute(long minimum, long maximum) : ValidationAttribute
{
    /// <summary>Gets the smallest value accepted.</summary>
    public long Minimum { get; } = minimum;

    /// <summary>Gets the largest value accepted.</summary>
    public long Maximum { get; } = maximum;

    /// <inheritdoc/>
    public override bool IsValid(object? value) => value switch
    {
        null => true,
        int number => number >= Minimum && number <= Maximum,
        long number => number >= Minimum && number <= Maximum,
        _ => throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture, $"{nameof(IntegerRangeAttribute)} applies to int and long settings, not {value.GetType()}.")),
    };
}
