#!/usr/bin/env bash
# Creates a workspace project skeleton (add it to the root tsconfig.json references by hand): scripts/new-project.sh <dir> <package-name> <tags,comma> <pure|node> [refs...]
set -euo pipefail
dir=$1; name=$2; tags=$3; kind=$4; shift 4
depth=$(echo "$dir" | awk -F/ '{print NF}'); up=$(printf '../%.0s' $(seq 1 "$depth"))
mkdir -p "$dir/src"
tags_json=$(echo "$tags" | awk -F, '{for(i=1;i<=NF;i++){printf "%s\"%s\"", (i>1?", ":""), $i}}')
refs=""; for r in "$@"; do refs="$refs{ \"path\": \"${up}$r/tsconfig.lib.json\" },"; done; refs="[${refs%,}]"
if [ "$kind" = pure ]; then types='[]'; else types='["node"]'; fi
cat > "$dir/package.json" <<JSON
{
  "name": "$name",
  "version": "0.1.0",
  "private": true,
  "main": "./dist/index.js",
  "types": "./dist/index.d.ts",
  "exports": {
    ".": {
      "@wirestream/source": "./src/index.ts",
      "types": "./dist/index.d.ts",
      "default": "./dist/index.js"
    }
  },
  "scripts": {
    "test": "jest --passWithNoTests=false",
    "lint": "eslint .",
    "typecheck": "tsc -p tsconfig.json"
  },
  "nx": { "tags": [$tags_json] }
}
JSON
cat > "$dir/tsconfig.lib.json" <<JSON
{
  "extends": "${up}tsconfig.base.json",
  "compilerOptions": {
    "rootDir": "src",
    "outDir": "dist",
    "tsBuildInfoFile": "dist/tsconfig.tsbuildinfo",
    "types": $types
  },
  "include": ["src/**/*.ts"],
  "exclude": ["src/**/*.spec.ts", "src/**/*.spec-helper.ts"],
  "references": $refs
}
JSON
cat > "$dir/tsconfig.json" <<JSON
{
  "extends": "${up}tsconfig.base.json",
  "compilerOptions": {
    "composite": false,
    "declaration": false,
    "declarationMap": false,
    "noEmit": true,
    "lib": ["ES2022"],
    "types": ["jest", "node"]
  },
  "include": ["src/**/*.ts"]
}
JSON
cat > "$dir/jest.config.cjs" <<JSON
module.exports = { ...require('${up}jest.preset.cjs'), displayName: '$name', rootDir: __dirname };
JSON
[ -f "$dir/src/index.ts" ] || echo "export {};" > "$dir/src/index.ts"
echo "created $dir ($name)"
