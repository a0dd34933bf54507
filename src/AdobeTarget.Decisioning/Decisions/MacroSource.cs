using AdobeTarget.Delivery;

namespace AdobeTarget.Decisioning.Decisions;

/// <summary>The request detail a macro may read: its name and index (mboxes) and its parameters.</summary>
/// <param name="Name">The mbox or view name (the global mbox for a page load).</param>
/// <param name="Index">The mbox index.</param>
/// <param name="Details">The request detail.</param>
internal sealed record MacroSource(string? Name, int? Index, RequestDetails Details);
