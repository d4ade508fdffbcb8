// A real Apollo Client (no React) with its automatic persisted-queries link, against the API at argv[2]:
// the same query twice, each time from the network. Prints one JSON line: both answers.
import { createHash } from "node:crypto";
import { ApolloClient, HttpLink, InMemoryCache, gql } from "@apollo/client";
import { PersistedQueryLink } from "@apollo/client/link/persisted-queries";

const url = process.argv[2];
const sha256 = (text) => createHash("sha256").update(text).digest("hex");
const client = new ApolloClient({
  cache: new InMemoryCache(),
  link: new PersistedQueryLink({ sha256, useGETForHashedQueries: true }).concat(new HttpLink({ uri: url, fetch })),
});
const query = gql`query Economies { economies { totalCount } }`;
const first = await client.query({ query, fetchPolicy: "network-only" });
const second = await client.query({ query, fetchPolicy: "network-only" });
console.log(JSON.stringify({ first: first.data, second: second.data, errors: [first.error, second.error].filter(Boolean).map(String) }));
