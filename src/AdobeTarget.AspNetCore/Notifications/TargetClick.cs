namespace AdobeTarget;

/// <summary>A click on prefetched content: the mbox or view clicked and, for a click in a later request, its tokens.</summary>
public sealed class TargetClick
{
    /// <summary>Gets or sets the mbox clicked (or <see cref="ViewName"/>).</summary>
    public string? MboxName { get; init; }

    /// <summary>Gets or sets the view clicked (or <see cref="MboxName"/>).</summary>
    public string? ViewName { get; init; }

    /// <summary>Gets or sets the event tokens of the clicked metric, as the page carried them; taken from the response when one is given.</summary>
    public IReadOnlyList<string> EventTokens { get; init; } = [];

    /// <summary>A click on a mbox.</summary>
    /// <param name="name">The mbox name.</param>
    /// <param name="eventTokens">The click metric's event tokens, for a click in a later request.</param>
    /// <returns>The click.</returns>
    public static TargetClick OnMbox(string name, params string[] eventTokens) => new() { MboxName = name, EventTokens = eventTokens };

    /// <summary>A click on a view.</summary>
    /// <param name="name">The view name.</param>
    /// <param name="eventTokens">The click metric's event tokens, for a click in a later request.</param>
    /// <returns>The click.</returns>
    public static TargetClick OnView(string name, params string[] eventTokens) => new() { ViewName = name, EventTokens = eventTokens };
}
