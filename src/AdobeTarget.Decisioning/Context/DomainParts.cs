namespace AdobeTarget.Decisioning;

// TEMP placeholder: the real implementation comes from branch engine-parsers.
internal readonly record struct DomainParts(string Domain, string Subdomain, string TopLevelDomain);
