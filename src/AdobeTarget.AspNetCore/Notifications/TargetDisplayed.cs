namespace AdobeTarget;

/// <summary>Which parts of a prefetch response were displayed.</summary>
public sealed class TargetDisplayed
{
    /// <summary>Gets or sets the names of the mboxes displayed.</summary>
    public IReadOnlyCollection<string> Mboxes { get; init; } = [];

    /// <summary>Gets or sets the names of the views displayed.</summary>
    public IReadOnlyCollection<string> Views { get; init; } = [];

    /// <summary>Gets or sets a value indicating whether the prefetched page load was displayed.</summary>
    public bool PageLoad { get; init; }

    /// <summary>Creates a selection of mboxes.</summary>
    /// <param name="names">The mbox names.</param>
    /// <returns>The selection.</returns>
    public static TargetDisplayed MboxesNamed(params string[] names) => new() { Mboxes = names };

    /// <summary>Creates a selection of views.</summary>
    /// <param name="names">The view names.</param>
    /// <returns>The selection.</returns>
    public static TargetDisplayed ViewsNamed(params string[] names) => new() { Views = names };
}
