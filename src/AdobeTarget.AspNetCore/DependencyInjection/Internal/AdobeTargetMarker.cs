namespace AdobeTarget.Internal;

/// <summary>Marks a service collection where <c>AddAdobeTarget()</c> ran: a second call adds nothing twice, and <c>UseAdobeTarget()</c> checks for it.</summary>
internal sealed class AdobeTargetMarker;
