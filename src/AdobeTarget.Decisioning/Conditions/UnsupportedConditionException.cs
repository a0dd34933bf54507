namespace AdobeTarget.Decisioning.Conditions;

/// <summary>Thrown while compiling a condition the engine cannot evaluate (e.g. an unknown operator).</summary>
internal sealed class UnsupportedConditionException : Exception
{
    /// <summary>Creates the exception.</summary>
    public UnsupportedConditionException()
    {
    }

    /// <summary>Creates the exception with its reason.</summary>
    public UnsupportedConditionException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with its reason and cause.</summary>
    public UnsupportedConditionException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
