namespace AdobeTarget.Decisioning;

/// <summary>A host split as Adobe's engine splits it with the Public Suffix List.</summary>
/// <param name="Domain">The registrable domain (e.g. <c>example.co.uk</c>), or the raw host when it has none.</param>
/// <param name="Subdomain">The labels left of the domain, after the engine's <c>www</c> cut; empty when none.</param>
/// <param name="TopLevelDomain">The public suffix (e.g. <c>co.uk</c>); empty when the host has no domain.</param>
internal readonly record struct DomainParts(string Domain, string Subdomain, string TopLevelDomain);
