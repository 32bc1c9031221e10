// Sends one GraphQL multipart request (https://github.com/jaydenseric/graphql-multipart-request-spec) with the
// npm form-data client, as a partner frontend would, and prints {"status": …, "body": …} as one JSON line.
// Usage: node upload.mjs '<json: {url, headers, operations, map, files: [{key, path, filename, contentType}]}>'
import fs from 'node:fs';
import FormData from 'form-data';

const request = JSON.parse(process.argv[2]);
const form = new FormData();
form.append('operations', JSON.stringify(request.operations));
form.append('map', JSON.stringify(request.map));
for (const file of request.files) {
  form.append(file.key, fs.createReadStream(file.path), { filename: file.filename, contentType: file.contentType });
}

const url = new URL(request.url);
form.submit(
  { protocol: url.protocol, host: url.hostname, port: url.port, path: url.pathname, headers: { Accept: 'application/graphql-response+json', ...request.headers } },
  (error, response) => {
    if (error) {
      console.error(error);
      process.exit(2);
    }
    let body = '';
    response.setEncoding('utf8');
    response.on('data', (chunk) => (body += chunk));
    response.on('end', () => {
      console.log(JSON.stringify({ status: response.statusCode, body }));
    });
  });
